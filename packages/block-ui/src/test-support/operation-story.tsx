import type { StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { operationByKey, visibleFields, type OperationDefinition, type OperationKey } from '@workflow-blocks/block-core';
import type { IntercomBlockEditor } from '../editor/IntercomBlockEditor.js';
import { createFakeTransport, type FakeTransport } from './fake-transport.js';
import { stateConfig, storyIssues, type OperationState } from './operation-states.js';
import { sampleOutputs } from './sample-outputs.js';
import { expectVisibleFields, previewText } from './story-helpers.js';

type Story = StoryObj<typeof IntercomBlockEditor>;

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const runButton = (canvasElement: HTMLElement) => within(canvasElement).getByRole('button', { name: 'Run' });

/** Clicks Run once the validation engine has checked the block, and confirms an operation that asks first. */
async function run(canvasElement: HTMLElement, operation: OperationDefinition) {
  await waitFor(() => expect(runButton(canvasElement)).toBeEnabled(), { timeout: 10_000 });
  await userEvent.click(runButton(canvasElement));
  if (operation.destructive) await userEvent.click(within(canvasElement).getByRole('button', { name: operation.label }));
}

/** A transport whose runs wait until `release`, so the running state can be seen. */
function heldTransport(): { transport: FakeTransport; release: () => void } {
  const held: (() => void)[] = [];
  const transport = createFakeTransport({ execute: (config) => new Promise((resolve) => held.push(() => resolve(sampleOutputs(config)))) });
  return { transport, release: () => held.splice(0).forEach((answer) => answer()) };
}

/** The error a failed run of the operation reports: what a 404 means there, or Intercom's words. */
const failure = (operation: OperationDefinition) =>
  operation.describeNotFound?.(stateConfig(operation, 'failed')) ?? 'Intercom answered 500: the server had a problem [server_error].';

/**
 * The story of one operation of the table in one state, with a play function checking what that state shows:
 * read from the operation's definition (fields, example, outputs, endpoint), never written per operation.
 */
export function operationStory(key: string, state: OperationState): Story {
  const operation = operationByKey(key as OperationKey);
  const config = stateConfig(operation, state);
  const defaultValue = { type: 'intercom' as const, config };
  const { resource, operation: name } = operation;
  switch (state) {
    case 'empty':
      return {
        args: { defaultValue, transport: createFakeTransport() },
        play: async ({ canvasElement }) => {
          await expectVisibleFields(canvasElement, resource, name);
          // An empty field is not flagged before the user has been there; Run names what is missing.
          for (const field of visibleFields(config).filter((shown) => isBlank(config[shown.name]))) {
            await expect(canvasElement.querySelector(`.wb-field[data-field="${field.name}"] [aria-invalid="true"]`)).toBeNull();
          }
          const issues = storyIssues(config);
          if (issues.length === 0) await waitFor(() => expect(runButton(canvasElement)).toBeEnabled(), { timeout: 10_000 });
          else await waitFor(() => expect(runButton(canvasElement)).toHaveAccessibleDescription(/^Fix th/), { timeout: 10_000 });
        },
      };
    case 'invalid':
      return {
        args: { defaultValue, showAllIssues: true, transport: createFakeTransport() },
        play: async ({ canvasElement }) => {
          const shown = new Set(visibleFields(config).map((field) => field.name as string));
          const issues = storyIssues(config).filter((issue) => shown.has(issue.field));
          await expect(issues.length).toBeGreaterThan(0);
          // Each of block-core's issues is said on its own field.
          for (const issue of issues) {
            // A picker showing "Another ID or a reference" says it under that input, its field's second part.
            const said = () => [...canvasElement.querySelectorAll(`.wb-field[data-field="${issue.field}"] .wb-issues`)].map((list) => list.textContent).join(' ');
            await waitFor(() => expect(said()).toContain(issue.message), { timeout: 10_000 });
          }
          await expect(runButton(canvasElement)).toBeDisabled();
        },
      };
    case 'succeeded': {
      const { transport, release } = heldTransport();
      return {
        args: { defaultValue, transport },
        play: async ({ canvasElement }) => {
          const canvas = within(canvasElement);
          // Filled in and valid: nothing flagged, and the preview shows the request.
          await expect(await previewText(canvasElement)).toContain(`${operation.method} ${operation.path.split('{')[0]}`);
          await run(canvasElement, operation);
          await expect(canvas.getByRole('progressbar', { name: `Running ${operation.label}` })).toBeVisible();
          await expect(canvasElement.querySelector('[aria-invalid="true"]')).toBeNull();
          release();
          await expect(await canvas.findByText(/^Succeeded in \d+ ms\.$/, {}, { timeout: 10_000 })).toBeVisible();
          for (const output of Object.keys(operation.outputs)) {
            await expect(canvas.getByRole('treeitem', { name: new RegExp(`^${output}:`) })).toBeVisible();
          }
        },
      };
    }
    case 'failed':
      return {
        args: { defaultValue, transport: createFakeTransport({ execute: () => ({ success: false, error: failure(operation) }) }) },
        play: async ({ canvasElement }) => {
          await run(canvasElement, operation);
          await expect(await within(canvasElement).findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(`The run failed: ${failure(operation)}`);
        },
      };
  }
}

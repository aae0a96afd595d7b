import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { blockOutputShape, type IntercomConfig, type ValidationIssue } from '@workflow-blocks/block-core';
import { BlockUiRoot } from '../editor/BlockUiRoot.js';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { disconnectedConnection, sandboxConnection } from '../test-support/sample-data.js';
import { RunPanel, type RunPanelProps } from './RunPanel.js';

const getContact: IntercomConfig = { resource: 'contact', operation: 'get', contactId: '6762f0d0a1b2c3d4e5f60001' };
const sandbox = { kind: 'known', state: sandboxConnection } as const;

const meta = {
  title: 'Intercom block/Run panel',
  component: RunPanel,
  decorators: [
    (Story) => (
      <BlockUiRoot>
        <Story />
      </BlockUiRoot>
    ),
  ],
  args: { config: getContact, issues: [], status: sandbox, stepOutputs: {}, transport: createFakeTransport() },
} satisfies Meta<typeof RunPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const runButton = (canvasElement: HTMLElement) => within(canvasElement).getByRole('button', { name: 'Run' });

export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(runButton(canvasElement));
    await expect(await canvas.findByText(/^Succeeded in \d+ ms\.$/)).toBeVisible();
    await expect(canvas.getByRole('treeitem', { name: 'success: true' })).toBeVisible();
  },
};

export const Running: Story = {
  args: { transport: createFakeTransport({ delayMs: 60_000 }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(runButton(canvasElement));
    await expect(canvas.getByRole('progressbar', { name: 'Running Get contact' })).toBeVisible();
    await expect(runButton(canvasElement)).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
  },
};

/** Fetch every page: the run says how many items it gathered and that Max results stopped it. */
export const FetchedEveryPage: Story = {
  args: {
    config: { resource: 'contact', operation: 'list', perPage: 2, fetchAll: 'yes', maxResults: 5 },
    transport: createFakeTransport({
      execute: () => ({
        success: true,
        contacts: Array.from({ length: 5 }, (_, i) => ({ type: 'contact', id: `6762f0d0a1b2c3d4e5f6000${i + 1}` })),
        pages: { type: 'pages', page: 3, per_page: 2, total_pages: 9, next: { per_page: 2, starting_after: 'WzMsIjY3NjJmMGQwIl0=' } },
      }),
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(runButton(canvasElement));
    await expect(await canvas.findByText('Fetched 5 contacts: Max results reached, more remain in Intercom.')).toBeVisible();
  },
};

export const Failed: Story = {
  args: { transport: createFakeTransport({ execute: () => ({ success: false, error: 'Intercom has no contact with ID 6762f0d0a1b2c3d4e5f60001.' }) }) },
  play: async ({ canvasElement }) => {
    await userEvent.click(runButton(canvasElement));
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('The run failed: Intercom has no contact with ID');
  },
};

const issues: ValidationIssue[] = [
  { field: 'contactId', code: 'required', message: 'Contact ID is required: enter it, or a reference to an earlier step such as <StepName.field>.' },
  { field: 'phone', code: 'invalid_phone', message: 'Write the phone number in E.164 format: a + and the country code.' },
];

/** Names what is missing even when no field shows it yet (a new, untouched block). */
export const BlockedByProblems: Story = {
  args: { issues },
  play: async ({ canvasElement }) => {
    await expect(runButton(canvasElement)).toBeDisabled();
    await expect(runButton(canvasElement)).toHaveAccessibleDescription(
      'Fix these 2 problems before running: Contact ID is required; Phone: Write the phone number in E.164 format.',
    );
  },
};

export const BlockedWithoutOperation: Story = {
  args: { config: { resource: 'ticket', operation: '' }, issues: [{ field: 'operation', code: 'required', message: 'Operation is required.' }] },
  play: async ({ canvasElement }) => {
    await expect(runButton(canvasElement)).toHaveAccessibleDescription('Fix this before running: Operation is required.');
  },
};

export const CheckingProblems: Story = {
  args: { checking: true },
  play: async ({ canvasElement }) => {
    await expect(runButton(canvasElement)).toHaveAccessibleDescription('Checking the block for problems…');
  },
};

export const CheckingConnection: Story = {
  args: { status: { kind: 'checking' } },
  play: async ({ canvasElement }) => {
    await expect(runButton(canvasElement)).toHaveAccessibleDescription('Checking the Intercom connection…');
  },
};

export const Disconnected: Story = {
  args: { status: { kind: 'known', state: disconnectedConnection } },
  play: async ({ canvasElement }) => {
    await expect(runButton(canvasElement)).toHaveAccessibleDescription('Run is unavailable because Intercom needs to be reconnected. Reconnect it above.');
  },
};

export const NoConnection: Story = {
  args: { status: { kind: 'none' }, transport: undefined },
  play: async ({ canvasElement }) => {
    await expect(runButton(canvasElement)).toHaveAccessibleDescription('Run needs a connection to Intercom, and none is configured.');
  },
};

/** Deleting a contact cannot be undone: Run asks first, and "Don't run" sends nothing. */
export const DestructiveAsksFirst: Story = {
  args: { config: { resource: 'contact', operation: 'delete', contactId: '6762f0d0a1b2c3d4e5f60001' }, transport: createFakeTransport() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const transport = args.transport as ReturnType<typeof createFakeTransport>;
    await userEvent.click(runButton(canvasElement));
    const question = canvas.getByRole('alertdialog', { name: /Delete contact cannot be undone/ });
    await expect(canvas.getByRole('button', { name: "Don't run" })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(question).not.toBeInTheDocument();
    await expect(runButton(canvasElement)).toHaveFocus();
    await expect(transport.executed).toEqual([]);
    await userEvent.click(runButton(canvasElement));
    await userEvent.click(canvas.getByRole('button', { name: 'Delete contact' }));
    await expect(await canvas.findByRole('treeitem', { name: 'deleted: true' })).toBeVisible();
    await expect(transport.executed).toHaveLength(1);
  },
};

/** A reference to an Intercom step that has not run is said before Run, with a way to run the steps before. */
export const UpstreamNotRun: Story = {
  args: {
    config: { resource: 'contact', operation: 'get', contactId: '<Intercom.contact.id>' },
    upstream: [{ name: 'Intercom', shape: blockOutputShape({ resource: 'contact', operation: 'create' }) }],
    onRunUpstream: fn(),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(runButton(canvasElement)).toHaveAccessibleDescription(
        'Intercom has not run yet, so the references to it have no value. Run the steps before this one first.',
      ),
    );
    await expect(runButton(canvasElement)).toBeDisabled();
    await userEvent.click(canvas.getByRole('button', { name: 'Run the steps before this one' }));
    await expect(args.onRunUpstream).toHaveBeenCalled();
  },
};

/** The host's workflow run is newer than the panel's own failed run: the failure is gone. */
function AfterWorkflowRun(props: RunPanelProps) {
  const [lastRun, setLastRun] = useState<RunPanelProps['lastRun']>();
  return (
    <>
      <RunPanel {...props} lastRun={lastRun} />
      <button type="button" onClick={() => setLastRun({ outputs: { success: true, contact: { id: '1' } }, finishedAt: Date.now() })}>
        Run workflow
      </button>
    </>
  );
}

export const HostRunReplacesOlderResult: Story = {
  args: { transport: createFakeTransport({ execute: () => ({ success: false, error: 'Intercom is busy.' }) }) },
  render: (args) => <AfterWorkflowRun {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(runButton(canvasElement));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The run failed: Intercom is busy.');
    await userEvent.click(canvas.getByRole('button', { name: 'Run workflow' }));
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    await expect(canvas.getByText('The last workflow run succeeded.')).toBeVisible();
    await expect(canvas.getByRole('treeitem', { name: /^contact:/ })).toBeVisible();
  },
};

/** Another operation makes the previous outputs meaningless: they are cleared. */
function SwitchOperation(props: RunPanelProps) {
  const [config, setConfig] = useState(props.config);
  return (
    <>
      <RunPanel {...props} config={config} />
      <button type="button" onClick={() => setConfig({ resource: 'conversation', operation: 'reply', conversationId: '1', message: 'Hi' })}>
        Switch to reply
      </button>
    </>
  );
}

export const OperationSwitchClearsResult: Story = {
  args: { config: { resource: 'admin', operation: 'list' } },
  render: (args) => <SwitchOperation {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(runButton(canvasElement));
    await expect(await canvas.findByRole('treeitem', { name: /^admins:/ })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Switch to reply' }));
    await expect(canvas.queryByRole('tree')).not.toBeInTheDocument();
    await expect(canvas.queryByText(/^Succeeded/)).not.toBeInTheDocument();
  },
};

import { expect, waitFor, within, type Mock } from 'storybook/test';
import { createDefaultConfig, visibleFields, type IntercomConfig, type SavedIntercomBlock } from '@workflow-blocks/block-core';

/** A saved block for a resource and operation, with block-core's defaults and the given values. */
export function savedBlock(resource: string, operation: string, values: Partial<IntercomConfig> = {}): SavedIntercomBlock {
  return { type: 'intercom', config: { ...createDefaultConfig(resource, operation), ...values } };
}

/** Checks that the editor shows exactly block-core's visible fields for the config, in order. */
export async function expectVisibleFields(canvasElement: HTMLElement, resource: string, operation: string) {
  const shown = [...canvasElement.querySelectorAll<HTMLElement>('.wb-fields > .wb-field[data-field]')].map((el) => el.dataset.field);
  await expect(shown).toEqual(visibleFields({ resource, operation }).map((field) => field.name));
}

/** Waits until the lazily loaded Monaco editors are mounted. */
export async function waitForMonaco(canvasElement: HTMLElement, count = 1) {
  await waitFor(() => expect(canvasElement.querySelectorAll('.monaco-editor .view-lines').length).toBe(count), { timeout: 30_000 });
}

/** Opens the request preview and returns its text. */
export async function previewText(canvasElement: HTMLElement): Promise<string> {
  const summary = within(canvasElement).getByText('Request preview');
  const details = summary.closest('details');
  if (details && !details.open) summary.click();
  await waitFor(() => expect(details?.open).toBe(true));
  return details?.textContent ?? '';
}

/** The config the editor last reported through an `onChange` spy (`fn()`). */
export function lastConfig(onChange: unknown): IntercomConfig | undefined {
  return (onChange as Mock<(block: SavedIntercomBlock) => void>).mock.lastCall?.[0].config;
}

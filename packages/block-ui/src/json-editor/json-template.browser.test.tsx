import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import type { SavedIntercomBlock } from '@workflow-blocks/block-core';
import '../styles/block-ui.css';
import { IntercomBlockEditor } from '../editor/IntercomBlockEditor.js';
import { mountBlockEditor, unmountBlockEditors } from '../test-support/browser-editor.js';

let host: HTMLDivElement | undefined;
afterEach(unmountBlockEditors);

const skeleton = { query: { field: 'email', operator: '=', value: '' } };

async function mountEmptySearch() {
  const saved: { block?: SavedIntercomBlock } = {};
  host = mountBlockEditor(
    <IntercomBlockEditor
      defaultValue={{ type: 'intercom', config: { resource: 'contact', operation: 'search' } }}
      onChange={(block) => (saved.block = block)}
      panels={{ connection: false, preview: false, run: false }}
    />,
  );
  // Monaco's first load on a busy machine can take long; nothing here measures time.
  await expect.poll(() => host?.querySelector('.monaco-editor .view-lines'), { timeout: 100_000 }).toBeTruthy();
  const ghost = () => host?.querySelector<HTMLElement>('.wb-json-ghost') ?? null;
  await expect.poll(ghost, { timeout: 60_000 }).toBeTruthy();
  const input = () => host!.querySelector<HTMLElement>('.native-edit-context, textarea.inputarea')!;
  return { host, ghost, input, query: () => String(saved.block?.config.queryJson ?? '') };
}

describe('an empty JSON field with the real Monaco editor', () => {
  it('shows its search skeleton as ghost text that Enter inserts, reached and used by keyboard alone', { timeout: 180_000 }, async () => {
    const { host, ghost, input, query } = await mountEmptySearch();
    expect(JSON.parse(ghost()?.textContent ?? '')).toEqual(skeleton);
    expect(ghost()?.getAttribute('aria-hidden')).toBe('true');
    // The editor's description says the template is there and which key inserts it.
    const described = () => (input().getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    await expect.poll(described).toMatch(/Empty: Enter starts from the template “Search by email” shown in the editor\./);

    // Keyboard only: from the Operation select, Tab reaches the editor; Enter inserts the template there.
    host.querySelector<HTMLElement>('button[role="combobox"][aria-label="Operation"], [role="combobox"]#' + CSS.escape(operationId(host)))?.focus();
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => document.activeElement === input()).toBe(true);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => (query() === '' ? undefined : (JSON.parse(query()) as unknown))).toEqual(skeleton);
    await expect.poll(ghost).toBeNull();

    // One undo takes it back to empty, and the ghost text returns.
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(query).toBe('');
    await expect.poll(ghost).toBeTruthy();

    const results = await axe.run(host, { resultTypes: ['violations'] });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('never puts the template over what the user typed', { timeout: 180_000 }, async () => {
    const { ghost, input, query } = await mountEmptySearch();
    input().focus();
    await userEvent.keyboard('{{');
    await expect.poll(query).toMatch(/^\{/);
    await expect.poll(ghost).toBeNull();
    await userEvent.keyboard('{Enter}');
    await expect.poll(query).toMatch(/^\{\s*\n/);
    expect(query()).not.toContain('"query"');
  });
});

/** The id of the Operation select's trigger, found by its label. */
function operationId(host: HTMLElement): string {
  const label = [...host.querySelectorAll('label')].find((element) => element.textContent?.startsWith('Operation'));
  return label?.htmlFor ?? '';
}

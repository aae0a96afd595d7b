import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { useState } from 'react';
import type { SavedIntercomBlock } from '@workflow-blocks/block-core';
import '../styles/block-ui.css';
import { IntercomBlockEditor } from '../editor/IntercomBlockEditor.js';
import { mountBlockEditor, sleep, typeSlowly, unmountBlockEditors } from '../test-support/browser-editor.js';
import { sampleUpstream } from '../test-support/sample-data.js';
import { monaco } from './monaco-setup.js';

let host: HTMLDivElement | undefined;
afterEach(unmountBlockEditors);

async function mountSearchEditor() {
  const saved: { block?: SavedIntercomBlock } = {};
  host = mountBlockEditor(
    <IntercomBlockEditor
      defaultValue={{ type: 'intercom', config: { resource: 'contact', operation: 'search', queryJson: '' } }}
      upstream={sampleUpstream}
      onChange={(block) => (saved.block = block)}
      panels={{ connection: false, preview: false, run: false }}
    />,
  );
  await expect.poll(() => host?.querySelector('.monaco-editor .view-lines'), { timeout: 30_000 }).toBeTruthy();
  const query = () => String(saved.block?.config.queryJson ?? '');
  const selectAll = async () => {
    await userEvent.click(host!.querySelector<HTMLElement>('.monaco-editor .view-lines')!);
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  };
  return { host, query, selectAll };
}

describe('JSON field with the real Monaco editor', () => {
  it('types a search query, shows a wrong operator, accepts a schema completion and inserts a reference', async () => {
    const { host, query, selectAll } = await mountSearchEditor();
    const editor = host.querySelector('.native-edit-context, textarea.inputarea');
    expect(editor?.getAttribute('aria-label')).toBe('Search query');

    // A query with an operator Intercom does not have: block-core's message under the editor and a marker at its place.
    await selectAll();
    await typeSlowly('{"query": {"field": "email", "operator": "LIKE", "value": "x"}}');
    await expect.poll(() => JSON.parse(query()) as unknown).toEqual({ query: { field: 'email', operator: 'LIKE', value: 'x' } });
    await expect.poll(() => host.querySelector('.wb-issues')?.textContent ?? '').toMatch(/Line 1, column \d+: Operator "LIKE" is not one Intercom accepts/);
    await expect
      .poll(() => monaco.editor.getModelMarkers({ owner: 'workflow-blocks' }).map((marker) => [marker.startLineNumber, marker.message]))
      .toEqual([[1, expect.stringMatching(/Operator "LIKE"/)]]);
    expect(editor?.getAttribute('aria-invalid')).toBe('true');

    // Completion from the search schema: a property name offered inside an empty object.
    await selectAll();
    await typeSlowly('{');
    await userEvent.keyboard('{Control>} {/Control}');
    const rows = () => [...host.querySelectorAll('.suggest-widget.visible .monaco-list-row')].map((row) => row.getAttribute('aria-label') ?? '');
    await expect.poll(rows, { timeout: 15_000 }).toContainEqual(expect.stringMatching(/^query/));
    const focused = () => host.querySelector('.suggest-widget.visible .monaco-list-row.focused')?.getAttribute('aria-label') ?? '';
    for (let tries = 0; tries < 5 && !focused().startsWith('query'); tries += 1) await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    await expect.poll(query).toMatch(/^\{\s*"query":/);

    // A reference completed after "<" from the upstream steps, then highlighted.
    await selectAll();
    await typeSlowly('{"query": {"field": "email", "operator": "=", "value": "<');
    await expect.poll(rows, { timeout: 15_000 }).toContainEqual(expect.stringMatching(/^Trigger\.contact\.email, string/));
    await typeSlowly('contact.emai');
    await expect.poll(focused).toMatch(/^Trigger\.contact\.email,/);
    await userEvent.keyboard('{Enter}');
    await expect.poll(query).toContain('"value": "<Trigger.contact.email>"');
    const highlighted = () => [...host.querySelectorAll('.wb-reference-token')].map((token) => token.textContent).join('');
    await expect.poll(highlighted).toBe('<Trigger.contact.email>');
  }, 120_000); // Monaco, its worker and completion: well over a minute on a busy 2-core CI machine.
});

describe('leaving the JSON editor by keyboard (no keyboard trap, WCAG 2.1.2)', () => {
  const inMonaco = () => document.activeElement?.closest('.monaco-editor') !== null && document.activeElement?.closest('.monaco-editor') !== undefined;

  it('moves focus out on Tab and back on Shift+Tab, leaving the text alone, and says how to indent', async () => {
    const { host, query, selectAll } = await mountSearchEditor();
    const input = host.querySelector('.native-edit-context, textarea.inputarea')!;
    const hint = host.querySelector<HTMLElement>('.wb-keys')!;
    expect(hint.textContent).toMatch(/Tab moves to the next field; indent with (Ctrl\+|⌘)\], outdent with (Ctrl\+|⌘)\[; Esc leaves the editor\./);
    expect(hint.offsetHeight).toBeGreaterThan(0);
    await expect.poll(() => input.getAttribute('aria-describedby')?.split(' ') ?? []).toContain(hint.id);

    await selectAll();
    // Plain digits: no auto-closed pair or suggestion can reorder them on a busy machine.
    await typeSlowly('42');
    await expect.poll(query).toBe('42');
    await userEvent.keyboard('{Tab}');
    expect(inMonaco()).toBe(false);
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/Insert a reference into Search query/);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(inMonaco()).toBe(true);
    expect(query()).toBe('42');

    // Indenting is still a key away.
    await userEvent.keyboard('{Control>}]{/Control}');
    await expect.poll(query).toBe('  42');
  });

  it('leaves the editor on Escape, once Monaco has closed what it had open', async () => {
    const { host, selectAll } = await mountSearchEditor();
    await selectAll();
    await typeSlowly('{');
    await userEvent.keyboard('{Control>} {/Control}');
    await expect.poll(() => host.querySelector('.suggest-widget.visible'), { timeout: 15_000 }).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => host.querySelector('.suggest-widget.visible')).toBeNull();
    expect(inMonaco()).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(inMonaco()).toBe(false);
    expect(document.activeElement).toBe(host.querySelector('[data-field="queryJson"] .wb-json-frame'));
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/Insert a reference into Search query/);
    // Back into the editor by keyboard, as before.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(inMonaco()).toBe(true);
  });
});

describe('a controlled editor whose host is slow to pass the value back', () => {
  function LaggingHost({ onSaved }: { onSaved: (block: SavedIntercomBlock) => void }) {
    const [value, setValue] = useState<SavedIntercomBlock>({ type: 'intercom', config: { resource: 'contact', operation: 'create' } });
    return (
      <IntercomBlockEditor
        value={value}
        onChange={(next) => {
          onSaved(next);
          setTimeout(() => setValue(next), 40);
        }}
        panels={{ connection: false, preview: false, run: false }}
      />
    );
  }

  it('keeps every key typed quickly into Monaco', async () => {
    let saved: SavedIntercomBlock | undefined;
    host = mountBlockEditor(<LaggingHost onSaved={(block) => (saved = block)} />);
    await expect.poll(() => host?.querySelector('.monaco-editor .view-lines'), { timeout: 30_000 }).toBeTruthy();
    await userEvent.click(host.querySelector<HTMLElement>('.monaco-editor .view-lines')!);
    const typed = 'abcdefghijklmnopqrstuvwxyz 0123456789';
    await userEvent.keyboard(typed);
    await sleep(200);
    expect(saved?.config.customAttributesJson).toBe(typed);
    expect(host.querySelector('.monaco-editor .view-lines')?.textContent?.replace(/\u00a0/g, ' ')).toBe(typed);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SavedIntercomBlock } from '@workflow-blocks/block-core';
import '../styles/block-ui.css';
import { IntercomBlockEditor } from '../editor/IntercomBlockEditor.js';
import { mountBlockEditor, unmountBlockEditors, typeSlowly } from '../test-support/browser-editor.js';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { sampleDataAttributes } from '../test-support/sample-data.js';
import { monaco } from './monaco-setup.js';

let host: HTMLDivElement | undefined;
afterEach(unmountBlockEditors);

describe('custom attributes with the real Monaco editor and the workspace’s attributes', () => {
  it('offers the workspace’s attribute names with their types, and flags an unknown key with the closest name', async () => {
    const saved: { block?: SavedIntercomBlock } = {};
    host = mountBlockEditor(
      <IntercomBlockEditor
        defaultValue={{ type: 'intercom', config: { resource: 'contact', operation: 'create', role: 'user', email: 'jane@example.com', customAttributesJson: '' } }}
        transport={createFakeTransport({ dataAttributes: sampleDataAttributes })}
        onChange={(block) => (saved.block = block)}
        panels={{ connection: false, preview: false, run: false }}
      />,
    );
    const view = () => host?.querySelector<HTMLElement>('.wb-field[data-field="customAttributesJson"] .monaco-editor .view-lines');
    await expect.poll(view, { timeout: 30_000 }).toBeTruthy();
    // The attributes are loaded once the field stops saying it waits for them.
    await expect.poll(() => host?.textContent ?? '', { timeout: 15_000 }).not.toMatch(/custom attributes: their names and types are checked once/);
    const text = () => String(saved.block?.config.customAttributesJson ?? '');

    // Completion of a property name inside the object: the workspace's attributes, described with their type.
    await userEvent.click(view()!);
    await typeSlowly('{');
    await userEvent.keyboard('{Control>} {/Control}');
    const rows = () => [...host!.querySelectorAll('.suggest-widget.visible .monaco-list-row')].map((row) => row.getAttribute('aria-label') ?? '');
    await expect.poll(rows, { timeout: 15_000 }).toContainEqual(expect.stringMatching(/^seats/));
    expect(rows()).toContainEqual(expect.stringMatching(/^renewal_date/));
    const focused = () => host!.querySelector('.suggest-widget.visible .monaco-list-row.focused')?.getAttribute('aria-label') ?? '';
    for (let tries = 0; tries < 8 && !focused().startsWith('seats'); tries += 1) await userEvent.keyboard('{ArrowDown}');
    // The details of the focused entry say its type and description.
    await userEvent.keyboard('{Control>} {/Control}');
    await expect.poll(() => host!.querySelector('.suggest-details')?.textContent ?? '', { timeout: 10_000 }).toContain('Paid seats (whole number)');
    await userEvent.keyboard('{Enter}');
    await expect.poll(text).toMatch(/^\{\s*"seats"/);

    // An unknown key: block-core's message under the editor, and a marker on the key.
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await typeSlowly('{"sets": 3}');
    await expect.poll(() => JSON.parse(text()) as unknown).toEqual({ sets: 3 });
    await expect
      .poll(() => host!.querySelector('.wb-field[data-field="customAttributesJson"] .wb-issues')?.textContent ?? '', { timeout: 15_000 })
      .toMatch(/Line 1, column 2: The Intercom workspace has no custom attribute "sets": Intercom would refuse it\. Did you mean "seats"\?/);
    await expect
      .poll(() => monaco.editor.getModelMarkers({ owner: 'workflow-blocks' }).map((marker) => [marker.startLineNumber, marker.startColumn, marker.message]))
      .toContainEqual([1, 2, expect.stringMatching(/Did you mean "seats"/)]);
  });

  it('offers custom_attributes.<name> of the workspace as contact search fields, and refuses an operator their type does not take', async () => {
    const saved: { block?: SavedIntercomBlock } = {};
    host = mountBlockEditor(
      <IntercomBlockEditor
        defaultValue={{ type: 'intercom', config: { resource: 'contact', operation: 'search', queryJson: '' } }}
        transport={createFakeTransport({ dataAttributes: sampleDataAttributes })}
        onChange={(block) => (saved.block = block)}
        panels={{ connection: false, preview: false, run: false }}
      />,
    );
    const view = () => host?.querySelector<HTMLElement>('.wb-field[data-field="queryJson"] .monaco-editor .view-lines');
    await expect.poll(view, { timeout: 30_000 }).toBeTruthy();
    await expect.poll(() => host?.textContent ?? '', { timeout: 15_000 }).not.toMatch(/custom attributes: their names and types are checked once/);
    const text = () => String(saved.block?.config.queryJson ?? '');

    await userEvent.click(view()!);
    await typeSlowly('{"query": {"field": "custom_attributes.se');
    await userEvent.keyboard('{Control>} {/Control}');
    const rows = () => [...host!.querySelectorAll('.suggest-widget.visible .monaco-list-row')].map((row) => row.getAttribute('aria-label') ?? '');
    await expect.poll(rows, { timeout: 15_000 }).toContainEqual(expect.stringMatching(/custom_attributes\.seats/));
    await userEvent.keyboard('{Escape}');

    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await typeSlowly('{"query": {"field": "custom_attributes.beta_tester", "operator": ">", "value": true}}');
    await expect.poll(() => JSON.parse(text()) as unknown).toEqual({ query: { field: 'custom_attributes.beta_tester', operator: '>', value: true } });
    await expect
      .poll(() => host!.querySelector('.wb-field[data-field="queryJson"] .wb-issues')?.textContent ?? '', { timeout: 15_000 })
      .toMatch(/custom_attributes\.beta_tester is a true\/false field: use =, !=, IN or NIN/);
  });
});

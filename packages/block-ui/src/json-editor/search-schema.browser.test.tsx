import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SavedIntercomBlock } from '@workflow-blocks/block-core';
import '../styles/block-ui.css';
import { IntercomBlockEditor } from '../editor/IntercomBlockEditor.js';
import { mountBlockEditor, unmountBlockEditors, typeSlowly } from '../test-support/browser-editor.js';
import { monaco } from './monaco-setup.js';

let host: HTMLDivElement | undefined;
afterEach(unmountBlockEditors);

/** The editor of a search operation with an empty query, its saved query, and the suggestions Monaco shows. */
async function mountSearch(resource: string) {
  const saved: { block?: SavedIntercomBlock } = {};
  host = mountBlockEditor(
    <IntercomBlockEditor
      defaultValue={{ type: 'intercom', config: { resource, operation: 'search', queryJson: '' } }}
      onChange={(block) => (saved.block = block)}
      panels={{ connection: false, preview: false, run: false }}
    />,
  );
  const view = host;
  await expect.poll(() => view.querySelector('.monaco-editor .view-lines'), { timeout: 30_000 }).toBeTruthy();
  await userEvent.click(view.querySelector<HTMLElement>('.monaco-editor .view-lines')!);
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  const suggestions = () => [...view.querySelectorAll('.suggest-widget.visible .monaco-list-row')].map((row) => row.getAttribute('aria-label') ?? '');
  return { view, query: () => String(saved.block?.config.queryJson ?? ''), suggestions };
}

/** Asks for completion of a filter's field name starting with `prefix` (the list shows a dozen rows), and closes the list. */
async function fieldCompletions(suggestions: () => string[], prefix = '') {
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  await typeSlowly(`{"query": {"operator": "=", "value": 0, "field": "${prefix}`);
  await userEvent.keyboard('{Control>} {/Control}');
  await expect.poll(() => suggestions().length, { timeout: 15_000 }).toBeGreaterThan(0);
  const offered = suggestions();
  await userEvent.keyboard('{Escape}');
  return offered;
}

const markers = () => monaco.editor.getModelMarkers({ owner: 'workflow-blocks' }).map((marker) => marker.message);

describe("the search query's schema follows the operation (real Monaco)", () => {
  it('offers the conversation search fields and flags a field conversations do not have, on conversation.search', async () => {
    const { view, query, suggestions } = await mountSearch('conversation');
    expect(await fieldCompletions(suggestions, 'ad')).toContainEqual(expect.stringMatching(/^"?admin_assignee_id/));
    expect(await fieldCompletions(suggestions, 'sta')).toContainEqual(expect.stringMatching(/^"?state/));
    expect(await fieldCompletions(suggestions, 'em')).not.toContainEqual(expect.stringMatching(/^"?email/));

    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await typeSlowly('{"query": {"field": "email", "operator": "=", "value": "x"}}');
    await expect.poll(() => JSON.parse(query()) as unknown).toEqual({ query: { field: 'email', operator: '=', value: 'x' } });
    await expect.poll(markers, { timeout: 15_000 }).toContainEqual(expect.stringMatching(/^Intercom cannot search conversations by "email"/));
    await expect.poll(() => view.querySelector('.wb-issues')?.textContent ?? '').toMatch(/Intercom cannot search conversations by "email"/);
  }, 180_000); // Monaco, its worker and completion: well over a minute on a busy 2-core CI machine.

  it('offers the contact search fields and flags a conversation field, on contact.search', async () => {
    const { query, suggestions } = await mountSearch('contact');
    expect(await fieldCompletions(suggestions, 'em')).toContainEqual(expect.stringMatching(/^"?email/));
    expect(await fieldCompletions(suggestions, 'ad')).not.toContainEqual(expect.stringMatching(/^"?admin_assignee_id/));

    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await typeSlowly('{"query": {"field": "admin_assignee_id", "operator": "=", "value": 0}}');
    await expect.poll(() => JSON.parse(query()) as unknown).toEqual({ query: { field: 'admin_assignee_id', operator: '=', value: 0 } });
    await expect.poll(markers, { timeout: 15_000 }).toContainEqual(expect.stringMatching(/^Intercom cannot search contacts by "admin_assignee_id"/));
  }, 180_000);
});

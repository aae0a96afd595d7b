import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { block, renderEditor } from '../test-support/editor-helpers.js';

const ghost = () => screen.queryByTestId('json-template-ghost');

describe('an empty JSON field offers its schema’s template', () => {
  it('shows a search skeleton as ghost text, says Enter inserts it, and Enter does', async () => {
    const { user, lastConfig } = renderEditor({ defaultValue: block({ resource: 'contact', operation: 'search' }) });
    const editor = await screen.findByRole('textbox', { name: 'Search query' });
    await waitFor(() => expect(ghost()).not.toBeNull(), { timeout: 10_000 });
    expect(JSON.parse(ghost()?.textContent ?? '')).toEqual({ query: { field: 'email', operator: '=', value: '' } });
    expect(editor).toHaveAccessibleDescription(/Empty: Enter starts from the template “Search by email” shown in the editor\./);

    await user.click(editor);
    await user.keyboard('{Enter}');
    expect(JSON.parse(String(lastConfig()?.queryJson))).toEqual({ query: { field: 'email', operator: '=', value: '' } });
    expect(ghost()).toBeNull();
    expect(editor).not.toHaveAccessibleDescription(/Empty:/);
  });

  it('never replaces what the user typed: Enter in a field with text is a plain Enter', async () => {
    const { user, lastConfig } = renderEditor({ defaultValue: block({ resource: 'contact', operation: 'search' }) });
    const editor = await screen.findByRole('textbox', { name: 'Search query' });
    await waitFor(() => expect(ghost()).not.toBeNull(), { timeout: 10_000 });
    await user.click(editor);
    await user.keyboard('{{');
    expect(ghost()).toBeNull();
    await user.keyboard('{Enter}');
    expect(lastConfig()?.queryJson).toBe('{\n');
  });

  it.each([
    ['conversation', 'search', { query: { field: 'state', operator: '=', value: 'open' } }],
    ['contact', 'create', { plan: 'pro' }],
    ['ticket', 'create', { ticket_type_id: '', contacts: [{ id: '' }], ticket_attributes: { _default_title_: '', _default_description_: '' } }],
  ])('follows the field’s schema: %s %s', async (resource, operation, expected) => {
    renderEditor({ defaultValue: block({ resource, operation }) });
    await waitFor(() => expect(ghost()).not.toBeNull(), { timeout: 10_000 });
    expect(JSON.parse(ghost()?.textContent ?? '')).toEqual(expected);
  });

  it('offers nothing in a read-only editor', async () => {
    renderEditor({ defaultValue: block({ resource: 'contact', operation: 'create' }), readOnly: true });
    await screen.findByRole('textbox', { name: 'Custom attributes' });
    expect(ghost()).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { block, choose, renderEditor, shownFields } from '../test-support/editor-helpers.js';

describe('Fetch every page in the editor', () => {
  it('shows Max results, with its default, only while Fetch every page is yes, and keeps its value when hidden', async () => {
    const { user, container, lastConfig } = renderEditor({ defaultValue: block({ resource: 'contact', operation: 'search' }) });
    const fetchAll = screen.getByRole('combobox', { name: 'Fetch every page' });
    expect(fetchAll).toHaveTextContent('No, one page');
    expect(shownFields(container)).toEqual(['resource', 'operation', 'queryJson', 'fetchAll']);

    await choose(user, 'Fetch every page', 'Yes, every page');
    expect(shownFields(container)).toEqual(['resource', 'operation', 'queryJson', 'fetchAll', 'maxResults']);
    const maxResults = screen.getByRole('textbox', { name: 'Max results' });
    expect(maxResults).toHaveValue('1000');
    expect(maxResults).toHaveAccessibleDescription(/from 1 to 10,000/);
    expect(lastConfig()).toMatchObject({ fetchAll: 'yes', maxResults: 1000 });

    await user.clear(maxResults);
    await user.type(maxResults, '250');
    await choose(user, 'Fetch every page', 'No, one page');
    expect(shownFields(container)).not.toContain('maxResults');
    expect(lastConfig()).toMatchObject({ fetchAll: 'no', maxResults: 250 });
    await choose(user, 'Fetch every page', 'Yes, every page');
    expect(screen.getByRole('textbox', { name: 'Max results' })).toHaveValue('250');
  });

  it('is not offered by an operation Intercom does not page', () => {
    const { container } = renderEditor({ defaultValue: block({ resource: 'admin', operation: 'list' }) });
    expect(shownFields(container)).not.toContain('fetchAll');
  });
});

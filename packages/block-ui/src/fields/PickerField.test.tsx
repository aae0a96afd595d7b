import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { block, choose, renderEditor } from '../test-support/editor-helpers.js';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { notConnected } from '../test-support/sample-data.js';

const addTag = block({ resource: 'conversation', operation: 'addTag', conversationId: '123' });

describe('PickerField', () => {
  it("offers the workspace's list once read, and still takes a typed id or a reference", async () => {
    const { user, lastConfig } = renderEditor({ transport: createFakeTransport(), defaultValue: addTag });
    await choose(user, 'Tag', 'refund');
    expect(lastConfig()?.tagId).toBe('9100002');
    await choose(user, 'Tag', 'Another ID or a reference…');
    const other = screen.getByRole('textbox', { name: 'Tag: ID or reference' });
    expect(other).toHaveValue('9100002');
    await user.clear(other);
    await user.type(other, '77');
    expect(lastConfig()?.tagId).toBe('77');
  });

  it('follows the field that chooses its list: admins or teams by Assign to', async () => {
    const { user, lastConfig } = renderEditor({ transport: createFakeTransport(), defaultValue: block({ resource: 'conversation', operation: 'assign', conversationId: '1' }) });
    await choose(user, 'Assignee', 'Grace Hopper (grace@example.com)');
    expect(lastConfig()?.assigneeId).toBe('991268');
    await choose(user, 'Assign to', 'Team');
    await choose(user, 'Assignee', 'Billing');
    expect(lastConfig()?.assigneeId).toBe('5100002');
  });

  it('says the list is loading, and the text input takes an id meanwhile', async () => {
    const { user, lastConfig } = renderEditor({ transport: createFakeTransport({ pending: ['tags'] }), defaultValue: addTag });
    const input = await screen.findByRole('textbox', { name: 'Tag' });
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Loading the workspace's tags…$/));
    await user.type(input, '9100001');
    expect(lastConfig()?.tagId).toBe('9100001');
    expect(screen.queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();
  });

  it('says when the workspace has none', async () => {
    renderEditor({ transport: createFakeTransport({ tags: [] }), defaultValue: addTag });
    const input = await screen.findByRole('textbox', { name: 'Tag' });
    await waitFor(() => expect(input).toHaveAccessibleDescription(/The workspace has no tags yet\.$/));
    expect(input).toBeEnabled();
  });

  it('says why the list cannot be read and reads it again on Retry, keeping what was typed and the focus', async () => {
    const transport = createFakeTransport({ unreadable: ['tags'] });
    const { user, lastConfig } = renderEditor({ transport, defaultValue: addTag });
    const input = await screen.findByRole('textbox', { name: 'Tag' });
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Could not read the workspace's tags: The proxy could not reach Intercom \(503\): try again in a moment\.$/));
    await user.type(input, '77');
    // Keyboard only: Retry is the next stop after the input (no upstream step, so no reference button).
    await user.tab();
    const retry = screen.getByRole('button', { name: 'Retry loading tags' });
    expect(retry).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(transport.listCalls.tags).toBe(2);
    expect(screen.getByRole('textbox', { name: 'Tag' })).toHaveFocus();
    // Still unreadable: said again. Then readable: the list, with the typed id kept as another ID.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Retry loading tags' })).toBeInTheDocument());
    transport.unreadable.delete('tags');
    await user.click(screen.getByRole('button', { name: 'Retry loading tags' }));
    expect(await screen.findByRole('combobox', { name: 'Tag' })).toHaveTextContent('Another ID or a reference…');
    expect(screen.getByRole('textbox', { name: 'Tag: ID or reference' })).toHaveValue('77');
    expect(lastConfig()?.tagId).toBe('77');
  });

  it('says when Intercom cannot be reached, and checks the connection again on Retry', async () => {
    const transport = createFakeTransport();
    const connection = transport.connection.bind(transport);
    let reachable = false;
    transport.connection = (signal) => (reachable ? connection(signal) : Promise.reject(new Error('Failed to fetch')));
    const { user } = renderEditor({ transport, defaultValue: addTag });
    const input = await screen.findByRole('textbox', { name: 'Tag' });
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Could not reach Intercom to list its tags: Failed to fetch$/));
    reachable = true;
    await user.click(screen.getByRole('button', { name: 'Retry loading tags' }));
    expect(await screen.findByRole('combobox', { name: 'Tag' })).toBeInTheDocument();
  });

  it('asks to connect when Intercom is not connected, and is a plain input without a transport', async () => {
    const { unmount } = renderEditor({ transport: createFakeTransport({ connection: notConnected }), defaultValue: addTag });
    const input = await screen.findByRole('textbox', { name: 'Tag' });
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Connect Intercom to choose from its tags\.$/));
    unmount();
    renderEditor({ defaultValue: addTag });
    expect(screen.getByRole('textbox', { name: 'Tag' })).toHaveAccessibleDescription(/^The workspace tag to add or remove\. Use a tag ID or <StepName\.field>\.$/);
  });

  it("says so when the ticket types cannot be read, under the ticket's JSON, and offers them after Retry", async () => {
    const transport = createFakeTransport({ unreadable: ['ticketTypes'] });
    const { user } = renderEditor({ transport, defaultValue: block({ resource: 'ticket', operation: 'create' }) });
    expect(await screen.findByText(/^Could not read the workspace's ticket types: The proxy could not reach Intercom/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Ticket type' })).not.toBeInTheDocument();
    transport.unreadable.delete('ticketTypes');
    await user.click(screen.getByRole('button', { name: 'Retry loading ticket types' }));
    expect(await screen.findByRole('combobox', { name: 'Ticket type' })).toBeInTheDocument();
    expect(screen.queryByText(/ticket types:/)).not.toBeInTheDocument();
  });
});

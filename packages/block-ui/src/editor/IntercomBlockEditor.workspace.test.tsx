import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { block, choose, renderEditor } from '../test-support/editor-helpers.js';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { disconnectedConnection, intercomConnection, sampleUpstream } from '../test-support/sample-data.js';

const allPanels = { connection: true, preview: true, run: true };

describe('IntercomBlockEditor with a transport', () => {
  it('says whom it is connected as, in which workspace and region', async () => {
    renderEditor({ transport: createFakeTransport({ connection: intercomConnection }), panels: allPanels });
    const panel = screen.getByRole('group', { name: 'Intercom connection' });
    expect(await within(panel).findByText('Connected to Intercom as Ada Lovelace (ada@example.com)')).toBeInTheDocument();
    expect(within(panel).getByText('Workspace Acme Support')).toBeInTheDocument();
    expect(within(panel).getByText('Europe region')).toBeInTheDocument();
  });

  it('when disconnected, shows the reason, disables Run saying why, and reconnects through the host when the transport cannot', async () => {
    const transport = createFakeTransport({ connection: disconnectedConnection, connect: false });
    const onReconnect = vi.fn(() => transport.setConnection(intercomConnection));
    const { user } = renderEditor({
      transport,
      onReconnect,
      panels: allPanels,
      defaultValue: block({ resource: 'contact', operation: 'get', contactId: '1' }),
    });
    expect(await screen.findByText(/authorization has expired/)).toBeInTheDocument();
    const run = await screen.findByRole('button', { name: 'Run' });
    expect(run).toBeDisabled();
    expect(run).toHaveAccessibleDescription('Run is unavailable because Intercom needs to be reconnected. Reconnect it above.');
    await user.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(onReconnect).toHaveBeenCalledOnce();
    expect(await screen.findByText(/^Connected to Intercom as Ada Lovelace/)).toBeInTheDocument();
    // Run also waits for the lazily loaded validation engine, which a busy machine may still be fetching.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled(), { timeout: 10_000 });
  });

  it('runs through block-core with the transport and shows the outputs as a tree', async () => {
    const transport = createFakeTransport();
    const onRunComplete = vi.fn();
    const { user } = renderEditor({
      transport,
      onRunComplete,
      upstream: sampleUpstream,
      panels: allPanels,
      defaultValue: block({ resource: 'contact', operation: 'get', contactId: '<Trigger.contact.id>' }),
    });
    const run = await screen.findByRole('button', { name: 'Run' });
    await waitFor(() => expect(run).toBeEnabled());
    await user.click(run);
    expect(await screen.findByText(/Succeeded in/)).toBeInTheDocument();
    expect(transport.executed).toEqual([{ resource: 'contact', operation: 'get', contactId: '6762f0d0a1b2c3d4e5f60001' }]);
    expect(screen.getByRole('tree', { name: 'Run outputs' })).toBeInTheDocument();
    expect(screen.getByRole('treeitem', { name: /^contact:/ })).toBeInTheDocument();
    expect(onRunComplete).toHaveBeenCalledWith(expect.objectContaining({ success: true }));
  });

  it('says in words why a run failed', async () => {
    const transport = createFakeTransport({ execute: () => ({ success: false, error: 'Intercom says this contact does not exist.' }) });
    const { user } = renderEditor({ transport, panels: allPanels, defaultValue: block({ resource: 'contact', operation: 'get', contactId: 'x' }) });
    const run = await screen.findByRole('button', { name: 'Run' });
    await waitFor(() => expect(run).toBeEnabled());
    await user.click(run);
    expect(await screen.findByRole('alert')).toHaveTextContent('The run failed: Intercom says this contact does not exist.');
  });

  it('previews the request with references resolved from upstream samples, naming those it cannot resolve', async () => {
    const { user } = renderEditor({
      upstream: sampleUpstream,
      panels: allPanels,
      defaultValue: block({ resource: 'conversation', operation: 'reply', conversationId: '<Trigger.conversation.id>', message: 'Hi <Nobody.name>' }),
    });
    await user.click(screen.getByText('Request preview'));
    expect(screen.getByText('POST')).toBeInTheDocument();
    expect(screen.getByText('/conversations/1911149811/reply')).toBeInTheDocument();
    expect(screen.getByText(/could not be resolved/)).toBeInTheDocument();
    expect(screen.getByText(/Cannot resolve <Nobody.name>/)).toBeInTheDocument();
  });

  it('offers the workspace admins for adminId when connected, and a plain input without a transport', async () => {
    const { user, lastConfig, unmount } = renderEditor({
      transport: createFakeTransport(),
      defaultValue: block({ resource: 'conversation', operation: 'reply' }),
    });
    await choose(user, 'Reply as admin', 'Grace Hopper (grace@example.com)');
    expect(lastConfig()?.adminId).toBe('991268');
    await choose(user, 'Reply as admin', /Connected admin/);
    expect(lastConfig()?.adminId).toBe('');
    await choose(user, 'Reply as admin', 'Another ID or a reference…');
    await user.type(screen.getByRole('textbox', { name: 'Reply as admin: ID or reference' }), '123');
    expect(lastConfig()?.adminId).toBe('123');
    unmount();
    renderEditor({ defaultValue: block({ resource: 'conversation', operation: 'reply', adminId: '5' }) });
    expect(screen.getByRole('textbox', { name: 'Reply as admin' })).toHaveValue('5');
  });

  it('sets ticket_type_id from the ticket type picker and adds the type\'s required attributes as a template, keeping the rest of the JSON', async () => {
    const ticketJson = '{\n  "contacts": [{ "email": "<Trigger.contact.email>" }]\n}';
    const { user, lastConfig } = renderEditor({
      transport: createFakeTransport(),
      upstream: sampleUpstream,
      defaultValue: block({ resource: 'ticket', operation: 'create', ticketJson }),
    });
    await choose(user, 'Ticket type', 'Bug report');
    const json = lastConfig()?.ticketJson ?? '';
    expect(JSON.parse(json)).toEqual({ contacts: [{ email: '<Trigger.contact.email>' }], ticket_type_id: '7', ticket_attributes: { _default_title_: '' } });
    expect(json).toContain('\n  "contacts": [{ "email": "<Trigger.contact.email>" }]\n}');
    const ticket = await screen.findByRole('textbox', { name: 'Ticket' });
    expect(ticket).toHaveValue(json);
    // The one problem left points at the empty title, on its own line, not at line 1, column 1.
    const titleLine = json.split('\n').findIndex((line) => line.includes('_default_title_')) + 1;
    await waitFor(() => expect(ticket).toHaveAccessibleDescription(new RegExp(`Line ${titleLine}, column \\d+: Ticket type "Bug report" needs "_default_title_"`)));
    expect(screen.getByRole('combobox', { name: 'Ticket type' })).toHaveTextContent('Bug report');
  });
});

describe('reference picker in a text field', () => {
  it('opens from its button and inserts the reference at the cursor', async () => {
    const { user, lastConfig } = renderEditor({ upstream: sampleUpstream, defaultValue: block({ resource: 'conversation', operation: 'reply' }) });
    const message = screen.getByRole('textbox', { name: 'Message' });
    await user.type(message, 'Hello !');
    await user.keyboard('{ArrowLeft}');
    await user.click(screen.getByRole('button', { name: 'Insert a reference into Message' }));
    const search = screen.getByRole('combobox', { name: 'Insert a reference into Message' });
    expect(search).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}{ArrowDown}{Enter}');
    expect(lastConfig()?.message).toBe('Hello <Trigger.contact.name>!');
    await waitFor(() => expect(message).toHaveFocus());
    expect(screen.queryByRole('combobox', { name: /Insert a reference/ })).not.toBeInTheDocument();
  });

  it('replaces the typed "<" with the chosen reference', async () => {
    const { user, lastConfig } = renderEditor({ upstream: sampleUpstream, defaultValue: block({ resource: 'contact', operation: 'create' }) });
    await user.type(screen.getByRole('textbox', { name: 'Email' }), '<');
    await user.keyboard('emai{Enter}');
    expect(lastConfig()?.email).toBe('<Trigger.contact.email>');
  });

  it('inserts into the JSON editor at its cursor from the button beside it', async () => {
    const { user, lastConfig } = renderEditor({ upstream: sampleUpstream, defaultValue: block({ resource: 'contact', operation: 'create', customAttributesJson: '{"plan": ""}' }) });
    const editor = await screen.findByRole('textbox', { name: 'Custom attributes' });
    await user.click(editor);
    await user.keyboard('{End}{ArrowLeft}{ArrowLeft}');
    await user.click(screen.getByRole('button', { name: 'Insert a reference into Custom attributes' }));
    await user.keyboard('Classify.priority{Enter}');
    expect(lastConfig()?.customAttributesJson).toBe('{"plan": "<Classify.priority>"}');
    await user.keyboard('{Control>}a{/Control}{Backspace}{{"plan": ');
    await user.click(screen.getByRole('button', { name: 'Insert a reference into Custom attributes' }));
    await user.keyboard('Classify.priority{Enter}');
    expect(lastConfig()?.customAttributesJson).toBe('{"plan": "<Classify.priority>"');
  });
});

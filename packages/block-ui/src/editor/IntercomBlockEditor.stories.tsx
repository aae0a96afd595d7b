import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { disconnectedConnection, intercomConnection, manyUpstreamSteps, sampleAdmins, sampleUpstream } from '../test-support/sample-data.js';
import { expectVisibleFields, lastConfig, previewText, savedBlock, waitForMonaco } from '../test-support/story-helpers.js';
import { IntercomBlockEditor } from './IntercomBlockEditor.js';

const meta = {
  title: 'Intercom block/Editor',
  component: IntercomBlockEditor,
  args: { upstream: sampleUpstream, transport: createFakeTransport(), onChange: fn(), onReconnect: fn() },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 480 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof IntercomBlockEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

const searchQuery = '{\n  "query": {\n    "field": "email",\n    "operator": "=",\n    "value": "<Trigger.contact.email>"\n  }\n}';
const ticketJson = '{\n  "contacts": [{ "email": "<Trigger.contact.email>" }],\n  "ticket_attributes": { "_default_title_": "<Trigger.conversation.subject>" }\n}';

export const ContactCreate: Story = {
  args: { defaultValue: savedBlock('contact', 'create') },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expectVisibleFields(canvasElement, 'contact', 'create');
    await expect(canvas.getByRole('combobox', { name: 'Role' })).toHaveTextContent('User');
    const email = canvas.getByRole('textbox', { name: 'Email' });
    await userEvent.type(email, 'jane@');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'), { timeout: 10_000 });
    await expect(email).toHaveAccessibleDescription(/does not look like an email address/);
    await userEvent.type(email, 'example.com');
    await waitFor(() => expect(email).not.toHaveAttribute('aria-invalid'), { timeout: 10_000 });
    await expect(lastConfig(args.onChange)).toMatchObject({ resource: 'contact', operation: 'create', email: 'jane@example.com', role: 'user' });
    await waitForMonaco(canvasElement);
  },
};

export const ContactGet: Story = {
  args: { defaultValue: savedBlock('contact', 'get') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectVisibleFields(canvasElement, 'contact', 'get');
    const contactId = canvas.getByRole('textbox', { name: 'Contact ID' });
    await userEvent.type(contactId, '<');
    const search = canvas.getByRole('combobox', { name: 'Insert a reference into Contact ID' });
    await expect(search).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    await expect(contactId).toHaveValue('<Trigger.contact.id>');
    await waitFor(() => expect(contactId).toHaveFocus(), { timeout: 10_000 });
    await expect(await previewText(canvasElement)).toContain('GET /contacts/6762f0d0a1b2c3d4e5f60001');
  },
};

export const ContactUpdate: Story = {
  args: {
    defaultValue: savedBlock('contact', 'update', {
      contactId: '<Trigger.contact.id>',
      name: '<Trigger.contact.name>',
      customAttributesJson: '{\n  "plan": "pro",\n  "priority": "<Classify.priority>"\n}',
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectVisibleFields(canvasElement, 'contact', 'update');
    await expect(canvas.getByRole('textbox', { name: 'Name' })).toHaveValue('<Trigger.contact.name>');
    await expect(canvas.getByRole('combobox', { name: 'Role' })).toHaveTextContent('Leave unchanged');
    await waitForMonaco(canvasElement);
    await waitFor(() => expect(canvasElement.querySelector('.wb-reference-token')).not.toBeNull(), { timeout: 10_000 });
    await expect(await previewText(canvasElement)).toContain('"priority": "high"');
  },
};

export const ContactList: Story = {
  args: { defaultValue: savedBlock('contact', 'list') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectVisibleFields(canvasElement, 'contact', 'list');
    const perPage = canvas.getByRole('textbox', { name: 'Per page' });
    await expect(perPage).toHaveValue('50');
    await userEvent.clear(perPage);
    await userEvent.type(perPage, '500');
    await waitFor(() => expect(perPage).toHaveAttribute('aria-invalid', 'true'), { timeout: 10_000 });
    await expect(perPage).toHaveAccessibleDescription(/150/);
  },
};

export const ContactSearch: Story = {
  args: { defaultValue: savedBlock('contact', 'search', { queryJson: searchQuery }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectVisibleFields(canvasElement, 'contact', 'search');
    await waitForMonaco(canvasElement);
    await waitFor(() => expect(canvasElement.querySelector('.wb-reference-token')).not.toBeNull(), { timeout: 10_000 });
    await expect(await previewText(canvasElement)).toContain('"value": "jane@example.com"');
    await userEvent.click(canvas.getByRole('button', { name: 'Run' }));
    await expect(await canvas.findByText(/Succeeded in/)).toBeVisible();
    await expect(canvas.getByRole('treeitem', { name: /^results:/ })).toBeVisible();
  },
};

export const ContactDelete: Story = {
  args: { defaultValue: savedBlock('contact', 'delete') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectVisibleFields(canvasElement, 'contact', 'delete');
    const contactId = canvas.getByRole('textbox', { name: 'Contact ID' });
    await userEvent.click(contactId);
    await userEvent.tab();
    await waitFor(() => expect(contactId).toHaveAttribute('aria-invalid', 'true'), { timeout: 10_000 });
    await expect(contactId).toHaveAccessibleDescription(/Contact ID is required/);
    await expect(canvas.getByRole('button', { name: 'Run' })).toBeDisabled();
  },
};

export const ConversationGet: Story = {
  args: { defaultValue: savedBlock('conversation', 'get', { conversationId: '<Trigger.conversation.id>' }) },
  play: async ({ canvasElement }) => {
    await expectVisibleFields(canvasElement, 'conversation', 'get');
    await expect(await previewText(canvasElement)).toContain('GET /conversations/1911149811');
  },
};

export const ConversationList: Story = {
  args: { defaultValue: savedBlock('conversation', 'list') },
  play: async ({ canvasElement }) => {
    await expectVisibleFields(canvasElement, 'conversation', 'list');
    await expect(await previewText(canvasElement)).toContain('GET /conversations?per_page=50');
  },
};

export const ConversationReply: Story = {
  args: {
    defaultValue: savedBlock('conversation', 'reply', { conversationId: '<Trigger.conversation.id>', message: 'Hi <Trigger.contact.name>, thanks!' }),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expectVisibleFields(canvasElement, 'conversation', 'reply');
    await expect(canvas.getByRole('combobox', { name: 'Reply type' })).toHaveTextContent('Comment');
    await userEvent.click(await canvas.findByRole('combobox', { name: 'Reply as admin' }));
    await userEvent.click(await within(canvasElement.ownerDocument.body).findByRole('option', { name: 'Grace Hopper (grace@example.com)' }));
    await expect(lastConfig(args.onChange)?.adminId).toBe('991268');
    await expect(await previewText(canvasElement)).toContain('"body": "Hi Jane Doe, thanks!"');
  },
};

export const TicketCreate: Story = {
  args: { defaultValue: savedBlock('ticket', 'create', { ticketJson }) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expectVisibleFields(canvasElement, 'ticket', 'create');
    await waitForMonaco(canvasElement);
    await userEvent.click(await canvas.findByRole('combobox', { name: 'Ticket type' }));
    await userEvent.click(await within(canvasElement.ownerDocument.body).findByRole('option', { name: 'Bug report' }));
    await expect(lastConfig(args.onChange)?.ticketJson).toMatch(/^\{\n {2}"ticket_type_id": "7",\n {2}"contacts"/);
    await waitFor(() => expect(canvasElement.querySelector('.monaco-editor .view-lines')?.textContent).toMatch(/"ticket_type_id":\s"7"/), { timeout: 10_000 });
  },
};

export const TicketGet: Story = {
  args: { defaultValue: savedBlock('ticket', 'get', { ticketId: '8' }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectVisibleFields(canvasElement, 'ticket', 'get');
    await userEvent.click(canvas.getByRole('button', { name: 'Run' }));
    const ticket = await canvas.findByRole('treeitem', { name: /^ticket:/ });
    await expect(ticket).toHaveAttribute('aria-expanded', 'true');
  },
};

export const AdminList: Story = {
  // The workspace's two admins, as the proxy would list them (the default answer has one sample of each list).
  args: { defaultValue: savedBlock('admin', 'list'), transport: createFakeTransport({ execute: () => ({ success: true, admins: sampleAdmins }) }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectVisibleFields(canvasElement, 'admin', 'list');
    // Run is enabled once the lazily loaded validation engine has checked the block; a click before is ignored.
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Run' })).toBeEnabled(), { timeout: 10_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Run' }));
    const admins = await canvas.findByRole('treeitem', { name: /^admins: \[2 items\]/ }, { timeout: 10_000 });
    await expect(admins).toHaveAttribute('aria-expanded', 'true');
    admins.focus();
    await userEvent.keyboard('{ArrowRight}');
    const first = canvas.getByRole('treeitem', { name: /^0: \{/ });
    await expect(first).toHaveFocus();
    // Open the first admin, then down to its first key.
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    await expect(canvas.getByRole('treeitem', { name: /^id: "991267"/ })).toHaveFocus();
  },
};

export const Disconnected: Story = {
  args: {
    transport: createFakeTransport({ connection: disconnectedConnection }),
    defaultValue: savedBlock('contact', 'get', { contactId: '<Trigger.contact.id>' }),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Intercom needs to be reconnected')).toBeVisible();
    await expect(canvas.getByText(/authorization has expired/)).toBeVisible();
    const run = canvas.getByRole('button', { name: 'Run' });
    await expect(run).toBeDisabled();
    await expect(run).toHaveAccessibleDescription('Run is unavailable because Intercom needs to be reconnected. Reconnect it above.');
    // Reconnecting with an access token, by keyboard: the form opens on the token field.
    await userEvent.click(canvas.getByRole('button', { name: 'Use an access token' }));
    await expect(canvas.getByLabelText('Access token')).toHaveFocus();
    await userEvent.keyboard('tok_valid_for_tests{Enter}');
    await expect(await canvas.findByText(/^Connected to Intercom as/)).toBeVisible();
    await expect(args.onReconnect).not.toHaveBeenCalled();
  },
};

export const ValidationErrors: Story = {
  args: {
    showAllIssues: true,
    defaultValue: savedBlock('contact', 'create', { email: 'jane@', phone: '0044 20', customAttributesJson: '{\n  "plan": "pro",\n  "seats": \n}' }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Validation follows a few ms after the fields, once block-core's validation engine has loaded.
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(/does not look like an email address/), { timeout: 10_000 });
    await expect(canvas.getByRole('textbox', { name: 'Phone' })).toHaveAccessibleDescription(/E\.164/);
    await expect(canvas.getByText(/^Line 4, column 1:/)).toBeVisible();
    await waitForMonaco(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Run' })).toBeDisabled();
    await expect(canvas.getByText(/^Fix these 3 problems before running: .*email address.*E\.164/)).toBeVisible();
  },
};

/**
 * An empty search query starts from its schema's skeleton, shown as ghost text that Enter inserts (pressed for real
 * in json-editor/json-template.browser.test.tsx: Monaco reads key codes that synthetic events lack).
 */
export const EmptySearchTemplate: Story = {
  args: { defaultValue: savedBlock('contact', 'search') },
  play: async ({ canvasElement }) => {
    // The ghost text is drawn by the Monaco editor itself: this waits for Monaco too (slow to load on a busy machine).
    const ghost = () => canvasElement.querySelector('.wb-json-ghost');
    await waitFor(() => expect(JSON.parse(ghost()?.textContent ?? 'null')).toEqual({ query: { field: 'email', operator: '=', value: '' } }), { timeout: 50_000 });
    await expect(ghost()).toHaveAttribute('aria-hidden', 'true');
    await expect(canvasElement.querySelector('.wb-keys')?.textContent).toMatch(/^Empty: Enter starts from the template “Search by email” shown in the editor\./);
  },
};

export const ReadOnly: Story = {
  args: { readOnly: true, defaultValue: savedBlock('contact', 'search', { queryJson: searchQuery }) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const operation = canvas.getByRole('combobox', { name: 'Operation' });
    await expect(operation).toHaveAttribute('aria-readonly', 'true');
    await userEvent.click(operation);
    await expect(within(canvasElement.ownerDocument.body).queryByRole('listbox')).toBeNull();
    await expect(canvas.queryByRole('button', { name: /Insert a reference/ })).toBeNull();
    await waitForMonaco(canvasElement);
    await userEvent.click(canvasElement.querySelector<HTMLElement>('.monaco-editor .view-lines')!);
    await userEvent.keyboard('xyz');
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: savedBlock('conversation', 'reply', { conversationId: '1', message: 'Hello' }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of ['Resource', 'Operation', 'Reply type']) await expect(canvas.getByRole('combobox', { name })).toBeDisabled();
    for (const name of ['Conversation ID', 'Message']) await expect(canvas.getByRole('textbox', { name })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Run' })).toBeDisabled();
  },
};

export const ManyUpstreamSteps: Story = {
  args: { upstream: manyUpstreamSteps(500), defaultValue: savedBlock('contact', 'get') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const started = performance.now();
    await userEvent.click(canvas.getByRole('button', { name: 'Insert a reference into Contact ID' }));
    const listbox = canvas.getByRole('listbox');
    await expect(performance.now() - started).toBeLessThan(1000);
    const options = within(listbox).getAllByRole('option');
    await expect(options.length).toBeLessThan(30);
    await expect(options[0]).toHaveAttribute('aria-setsize', '500');
    await userEvent.keyboard('step499.customer.id');
    await waitFor(() => expect(within(canvas.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent('Step499.customer.id'), { timeout: 10_000 });
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('textbox', { name: 'Contact ID' })).toHaveValue('<Step499.customer.id>');
    await userEvent.click(canvas.getByRole('button', { name: 'Insert a reference into Contact ID' }));
    await userEvent.keyboard('score');
    // The filtered list follows the keystrokes; a busy machine may take a moment to paint it.
    await expect(await canvas.findByText(/Showing the first 50 matches/, {}, { timeout: 10_000 })).toBeVisible();
    await userEvent.keyboard('{Escape}');
  },
};

export const DarkTheme: Story = {
  args: { theme: 'dark', transport: createFakeTransport({ connection: intercomConnection }), defaultValue: savedBlock('contact', 'search', { queryJson: searchQuery }) },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.wb-intercom');
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await expect(getComputedStyle(root!).backgroundColor).toBe('rgb(22, 24, 29)');
    await waitForMonaco(canvasElement);
    await expect(canvasElement.querySelector('.monaco-editor.vs-dark')).not.toBeNull();
  },
};

export const NarrowPanel: Story = {
  args: { transport: createFakeTransport({ connection: intercomConnection }), defaultValue: savedBlock('conversation', 'reply', { conversationId: '<Trigger.conversation.id>' }) },
  decorators: [
    (Story) => (
      <div style={{ width: 320, border: '1px dashed #8c959f' }} data-testid="panel">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(/Connected to Intercom as/);
    const root = canvasElement.querySelector<HTMLElement>('.wb-intercom')!;
    await expect(root.scrollWidth).toBeLessThanOrEqual(320);
    for (const control of canvasElement.querySelectorAll('.wb-input, .wb-select-trigger')) {
      await expect(control.getBoundingClientRect().right).toBeLessThanOrEqual(canvas.getByTestId('panel').getBoundingClientRect().right);
    }
  },
};

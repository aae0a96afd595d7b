import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedContactIds } from '../seed/contacts.js';
import { seedConversationIds } from '../seed/conversations.js';
import { seedAdminIds } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { ConversationJson, ConversationListJson, ErrorJson } from '../test-support/wire.js';

const NOW = 1749556800;
const sandbox = createIntercomSandbox({ clock: () => NOW * 1000 });
const reply = (id: string, body: unknown) => call<ConversationJson>(sandbox, 'POST', `/conversations/${id}/reply`, { body });
const adminComment = (extra: Record<string, unknown> = {}) => ({ type: 'admin', admin_id: seedAdminIds.lucas, message_type: 'comment', body: 'On it!', ...extra });

describe('GET /conversations/:id', () => {
  beforeEach(() => sandbox.reset());

  it('returns the conversation with its parts from contacts and admins', async () => {
    const { status, body } = await call<ConversationJson>(sandbox, 'GET', `/conversations/${seedConversationIds.exportFailing}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: 'conversation', id: seedConversationIds.exportFailing, state: 'open', open: true });
    expect(body.contacts.contacts).toEqual([{ type: 'contact', id: seedContactIds.amara, external_id: 'usr_1001' }]);
    const parts = body.conversation_parts?.conversation_parts ?? [];
    expect(body.conversation_parts?.total_count).toBe(parts.length);
    expect(parts.map((p) => p.part_type)).toEqual(['assignment', 'comment', 'comment', 'note', 'comment']);
    expect(new Set(parts.map((p) => p.author.type))).toEqual(new Set(['admin', 'user']));
  });

  it('renders bodies as plain text with display_as=plaintext', async () => {
    const { body } = await call<ConversationJson>(sandbox, 'GET', `/conversations/${seedConversationIds.invoiceQuestion}?display_as=plaintext`);
    expect(body.source.body).not.toContain('<p>');
    expect(body.conversation_parts?.conversation_parts[0]?.body).toContain('Billing > Invoices');
  });

  it('answers 404 not_found in Intercom’s format for an unknown id', async () => {
    const { status, body } = await call<ErrorJson>(sandbox, 'GET', '/conversations/999');
    expect(status).toBe(404);
    expect(body).toMatchObject({ type: 'error.list', errors: [{ code: 'not_found', message: 'Resource Not Found' }] });
  });
});

describe('GET /conversations', () => {
  beforeEach(() => sandbox.reset());

  it('lists conversation.list without parts, most recently updated first, 20 per page by default', async () => {
    const { body } = await call<ConversationListJson>(sandbox, 'GET', '/conversations');
    expect(body.type).toBe('conversation.list');
    expect(body.total_count).toBe(10);
    expect(body.pages).toEqual({ type: 'pages', page: 1, per_page: 20, total_pages: 1 });
    expect(body.conversations.every((c) => c.conversation_parts === undefined)).toBe(true);
    const updated = body.conversations.map((c) => c.updated_at);
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
  });

  it('pages with per_page and starting_after', async () => {
    const first = await call<ConversationListJson>(sandbox, 'GET', '/conversations?per_page=4');
    expect(first.body.pages).toMatchObject({ page: 1, per_page: 4, total_pages: 3, next: { per_page: 4 } });
    const second = await call<ConversationListJson>(sandbox, 'GET', `/conversations?per_page=4&starting_after=${first.body.pages.next?.starting_after ?? ''}`);
    expect(second.body.pages.page).toBe(2);
    const firstIds = first.body.conversations.map((c) => c.id);
    expect(second.body.conversations.some((c) => firstIds.includes(c.id))).toBe(false);
  });

  it('rejects per_page above 150', async () => {
    expect((await call(sandbox, 'GET', '/conversations?per_page=200')).status).toBe(400);
  });
});

describe('POST /conversations/:id/reply', () => {
  beforeEach(() => sandbox.reset());

  it('appends an admin comment as HTML and returns the conversation', async () => {
    const { status, body } = await reply(seedConversationIds.pricingLead, adminComment({ body: 'Hi Hiro,\nyes: 20% off <10 seats.' }));
    expect(status).toBe(200);
    expect(body.updated_at).toBe(NOW);
    expect(body.waiting_since).toBeNull();
    const last = body.conversation_parts?.conversation_parts.at(-1);
    expect(last).toMatchObject({ part_type: 'comment', body: '<p>Hi Hiro,</p><p>yes: 20% off &lt;10 seats.</p>', author: { type: 'admin', id: seedAdminIds.lucas, name: 'Lucas Ferreira' } });
    const again = await call<ConversationJson>(sandbox, 'GET', `/conversations/${seedConversationIds.pricingLead}`);
    expect(again.body.conversation_parts?.conversation_parts.at(-1)?.id).toBe(last?.id);
  });

  it('adds a note without changing the state of a closed conversation', async () => {
    const { body } = await reply(seedConversationIds.invoiceQuestion, adminComment({ message_type: 'note', body: '<p>VAT fixed</p>' }));
    expect(body.state).toBe('closed');
    expect(body.conversation_parts?.conversation_parts.at(-1)).toMatchObject({ part_type: 'note', body: '<p>VAT fixed</p>' });
  });

  it('accepts a numeric admin_id like the spec examples send', async () => {
    expect((await reply(seedConversationIds.pricingLead, adminComment({ admin_id: Number(seedAdminIds.maya) }))).status).toBe(200);
  });

  it('lets a contact reply, which reopens the conversation and sets waiting_since', async () => {
    const { body } = await reply(seedConversationIds.invoiceQuestion, { type: 'user', email: 'jonas.becker@kraftwerk-logistics.example', message_type: 'comment', body: 'One more thing' });
    expect(body).toMatchObject({ state: 'open', open: true, waiting_since: NOW });
    expect(body.conversation_parts?.conversation_parts.at(-1)?.author).toMatchObject({ type: 'user', id: seedContactIds.jonas });
  });

  it('replies to the contact’s latest conversation with the id "last"', async () => {
    const { status, body } = await reply('last', { type: 'user', intercom_user_id: seedContactIds.amara, message_type: 'comment', body: 'Any update?' });
    expect(status).toBe(200);
    expect(body.id).toBe(seedConversationIds.exportFailing);
  });

  it.each([
    [{ admin_id: seedAdminIds.maya, message_type: 'comment', body: 'x' }, 400, 'parameter_not_found', 'type is required'],
    [{ type: 'bot', admin_id: seedAdminIds.maya, message_type: 'comment', body: 'x' }, 400, 'parameter_invalid', 'type must be one of: admin, user'],
    [{ type: 'admin', message_type: 'comment', body: 'x' }, 400, 'parameter_not_found', 'admin_id is required'],
    [{ type: 'admin', admin_id: '123', message_type: 'comment', body: 'x' }, 404, 'admin_not_found', 'no admin with id=123'],
    [{ type: 'admin', admin_id: seedAdminIds.maya, body: 'x' }, 400, 'parameter_not_found', 'message_type is required'],
    [{ type: 'admin', admin_id: seedAdminIds.maya, message_type: 'shout', body: 'x' }, 400, 'parameter_invalid', 'message_type must be one of: comment, note, quick_reply'],
    [{ type: 'admin', admin_id: seedAdminIds.maya, message_type: 'comment' }, 400, 'parameter_not_found', 'body is required for a comment reply'],
    [{ type: 'admin', admin_id: seedAdminIds.maya, message_type: 'note', body: '   ' }, 400, 'parameter_not_found', 'body is required for a note reply'],
    [{ type: 'admin', admin_id: seedAdminIds.maya, message_type: 'quick_reply' }, 400, 'parameter_not_found', 'reply_options are required'],
    [{ type: 'user', message_type: 'comment', body: 'x' }, 400, 'parameter_invalid', 'exactly one of intercom_user_id, email or user_id'],
    [{ type: 'user', user_id: 'nobody', message_type: 'comment', body: 'x' }, 404, 'not_found', 'User Not Found'],
    [{ type: 'user', user_id: 'usr_1001', message_type: 'note', body: 'x' }, 400, 'parameter_invalid', 'message_type must be one of: comment for a user reply'],
  ])('rejects %j', async (body, status, code, message) => {
    const result = await call<ErrorJson>(sandbox, 'POST', `/conversations/${seedConversationIds.pricingLead}/reply`, { body });
    expect(result.status).toBe(status);
    expect(result.body.errors[0]?.code).toBe(code);
    expect(result.body.errors[0]?.message).toContain(message);
  });

  it('answers 404 for an unknown conversation and leaves the others untouched', async () => {
    const { status, body } = await call<ErrorJson>(sandbox, 'POST', '/conversations/42/reply', { body: adminComment() });
    expect(status).toBe(404);
    expect(body.errors[0]?.code).toBe('not_found');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedContactIds } from '../seed/contacts.js';
import { seedConversationIds } from '../seed/conversations.js';
import { seedAdminIds } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { ConversationJson, OrErrors, UserMessageJson } from '../test-support/wire.js';

const NOW = 1749556800;
const sandbox = createIntercomSandbox({ clock: () => NOW * 1000 });
const create = (body: unknown) => call<OrErrors<UserMessageJson>>(sandbox, 'POST', '/conversations', { body });

describe('POST /conversations', () => {
  beforeEach(() => sandbox.reset());

  it('answers the created message with its conversation id; the conversation is open, unassigned and from the contact', async () => {
    const { status, body } = await create({ from: { type: 'contact', id: seedContactIds.jonas }, body: 'Where is my invoice?' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: 'user_message', body: 'Where is my invoice?', message_type: 'inapp', created_at: NOW });
    const conversation = await call<ConversationJson>(sandbox, 'GET', `/conversations/${body.conversation_id}`);
    expect(conversation.status).toBe(200);
    expect(conversation.body).toMatchObject({ id: body.conversation_id, state: 'open', open: true, admin_assignee_id: 0, team_assignee_id: 0, waiting_since: NOW });
    expect(conversation.body.source).toMatchObject({ body: '<p>Where is my invoice?</p>', author: { id: seedContactIds.jonas } });
    expect(conversation.body.contacts.contacts.map((c) => c.id)).toEqual([seedContactIds.jonas]);
  });

  it('gives each new conversation its own id, which can be replied to and found by search', async () => {
    const first = await create({ from: { type: 'user', id: seedContactIds.jonas }, body: 'One' });
    const second = await create({ from: { type: 'user', id: seedContactIds.jonas }, body: 'Two' });
    expect(first.body.conversation_id).not.toBe(second.body.conversation_id);
    expect(Object.values(seedConversationIds)).not.toContain(first.body.conversation_id);
    const reply = await call<ConversationJson>(sandbox, 'POST', `/conversations/${first.body.conversation_id}/reply`, {
      body: { type: 'admin', admin_id: seedAdminIds.lucas, message_type: 'comment', body: 'Sent it again.' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.conversation_parts?.conversation_parts.map((p) => p.part_type)).toEqual(['comment']);
    const found = await call<{ conversations: { id: string }[] }>(sandbox, 'POST', '/conversations/search', {
      body: { query: { field: 'contact_ids', operator: '=', value: seedContactIds.jonas } },
    });
    expect(found.body.conversations.map((c) => c.id)).toEqual(expect.arrayContaining([first.body.conversation_id, second.body.conversation_id]));
  });

  it.each([
    ['an unknown contact', { from: { type: 'user', id: '000000000000000000000000' }, body: 'Hi' }, 404, 'not_found'],
    ['a merged contact', { from: { type: 'user', id: seedContactIds.mergedAmaraLead }, body: 'Hi' }, 404, 'not_found'],
    ['no from', { body: 'Hi' }, 400, 'parameter_not_found'],
    ['a from.type outside lead/user/contact', { from: { type: 'admin', id: seedContactIds.jonas }, body: 'Hi' }, 400, 'parameter_invalid'],
    ['no body', { from: { type: 'user', id: seedContactIds.jonas } }, 400, 'parameter_not_found'],
    ['a blank body', { from: { type: 'user', id: seedContactIds.jonas }, body: '  ' }, 400, 'parameter_invalid'],
  ])('answers %s with Intercom’s error and creates nothing', async (_name, request, status, code) => {
    const { status: actual, body } = await create(request);
    expect(actual).toBe(status);
    expect(body.errors[0]?.code).toBe(code);
    const list = await call<{ total_count: number }>(sandbox, 'GET', '/conversations');
    expect(list.body.total_count).toBe(Object.keys(seedConversationIds).length);
  });
});

import { describe, expect, it } from 'vitest';
import { conversationCreate } from './conversation-create.js';

describe('conversation.create', () => {
  it('starts a conversation from the contact (from.type contact) with the message as its body', () => {
    expect(conversationCreate.buildRequest({ resource: 'conversation', operation: 'create', contactId: ' 6762f0d01bb69f9f2193bb7d ', message: 'Hello' })).toEqual({
      body: { from: { type: 'contact', id: '6762f0d01bb69f9f2193bb7d' }, body: 'Hello' },
    });
    expect(() => conversationCreate.buildRequest({ resource: 'conversation', operation: 'create', contactId: 'c', message: ' ' })).toThrow('message is required.');
  });

  it('outputs the created message with its conversation_id, and names the contact Intercom did not find', () => {
    const message = { type: 'user_message', id: '403918330', created_at: 1734537501, body: 'Hello', message_type: 'inapp', conversation_id: '499' };
    expect(conversationCreate.mapResponse(message)).toEqual({ message });
    expect(conversationCreate.describeNotFound({ resource: 'conversation', operation: 'create', contactId: 'x' })).toContain('no contact with ID "x"');
  });
});

import { describe, expect, it } from 'vitest';
import { conversationReply } from './conversation-reply.js';

const reply = { resource: 'conversation', operation: 'reply', conversationId: '7', message: 'Hello' };

describe('conversation.reply', () => {
  it('replies as an admin, by default as the connected one and as a comment', () => {
    expect(conversationReply.buildRequest(reply, { adminId: 'me' })).toEqual({
      pathParams: { conversation_id: '7' },
      body: { message_type: 'comment', type: 'admin', admin_id: 'me', body: 'Hello' },
    });
    expect(conversationReply.buildRequest({ ...reply, adminId: ' 42 ', replyType: 'note' }, { adminId: 'me' }).body).toMatchObject({
      message_type: 'note',
      admin_id: '42',
    });
  });

  it('refuses a reply with no admin, no message or an unknown reply type', () => {
    expect(() => conversationReply.buildRequest(reply, {})).toThrow(/adminId is not set/);
    expect(() => conversationReply.buildRequest({ ...reply, message: '' }, { adminId: 'me' })).toThrow('message is required.');
    expect(() => conversationReply.buildRequest({ ...reply, replyType: 'quick_reply' }, { adminId: 'me' })).toThrow('replyType must be one of comment, note');
  });

  it('outputs the updated conversation', () => {
    expect(conversationReply.mapResponse({ type: 'conversation', id: '7' })).toEqual({ conversation: { type: 'conversation', id: '7' } });
  });
});

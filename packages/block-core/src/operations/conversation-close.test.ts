import { describe, expect, it } from 'vitest';
import { conversationClose } from './conversation-close.js';
import { conversationOpen } from './conversation-open.js';

describe('conversation.close and conversation.open', () => {
  it('close sends message_type close as an admin, with the closing note only when there is one', () => {
    const close = { resource: 'conversation', operation: 'close', conversationId: '7' };
    expect(conversationClose.buildRequest(close, { adminId: 'me' })).toEqual({ pathParams: { conversation_id: '7' }, body: { message_type: 'close', type: 'admin', admin_id: 'me' } });
    expect(conversationClose.buildRequest({ ...close, message: 'Solved', adminId: '42' }, { adminId: 'me' }).body).toEqual({ message_type: 'close', type: 'admin', admin_id: '42', body: 'Solved' });
    expect(() => conversationClose.buildRequest(close, {})).toThrow(/adminId is not set/);
  });

  it('open sends message_type open with the admin', () => {
    expect(conversationOpen.buildRequest({ resource: 'conversation', operation: 'open', conversationId: 'a b' }, { adminId: 'me' })).toEqual({
      pathParams: { conversation_id: 'a%20b' },
      body: { message_type: 'open', admin_id: 'me' },
    });
  });

  it('both output the conversation and name the id Intercom did not find', () => {
    expect(conversationClose.mapResponse({ type: 'conversation', id: '7', state: 'closed' })).toEqual({ conversation: { type: 'conversation', id: '7', state: 'closed' } });
    expect(conversationOpen.describeNotFound({ resource: 'conversation', operation: 'open', conversationId: '9' })).toContain('no conversation with ID "9"');
  });
});

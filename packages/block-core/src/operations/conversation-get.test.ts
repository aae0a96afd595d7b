import { describe, expect, it } from 'vitest';
import { conversationGet } from './conversation-get.js';

describe('conversation.get', () => {
  it('puts the encoded id in the path', () => {
    expect(conversationGet.buildRequest({ resource: 'conversation', operation: 'get', conversationId: ' 503 ' })).toEqual({
      pathParams: { conversation_id: '503' },
    });
  });

  it('outputs the conversation and names the id on 404', () => {
    expect(conversationGet.mapResponse({ type: 'conversation', id: '503' })).toEqual({ conversation: { type: 'conversation', id: '503' } });
    expect(conversationGet.describeNotFound?.({ resource: 'conversation', operation: 'get', conversationId: '9' })).toContain(
      'no conversation with ID "9" (conversationId)',
    );
  });
});

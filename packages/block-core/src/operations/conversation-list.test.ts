import { describe, expect, it } from 'vitest';
import { conversationList } from './conversation-list.js';

describe('conversation.list', () => {
  it('pages with per_page (default 50)', () => {
    expect(conversationList.buildRequest({ resource: 'conversation', operation: 'list' })).toEqual({ query: { per_page: '50' } });
  });

  it('outputs conversations and pages', () => {
    expect(conversationList.mapResponse({ type: 'conversation.list', conversations: [{ id: '1' }], pages: null })).toEqual({
      conversations: [{ id: '1' }],
      pages: null,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { contactList } from './contact-list.js';

describe('contact.list', () => {
  it('pages with per_page and starting_after', () => {
    expect(contactList.buildRequest({ resource: 'contact', operation: 'list', perPage: 10, startingAfter: 'cur' })).toEqual({
      query: { per_page: '10', starting_after: 'cur' },
    });
  });

  it('outputs contacts and pages', () => {
    const pages = { type: 'pages', page: 1, per_page: 10, total_pages: 1 };
    expect(contactList.mapResponse({ type: 'list', data: [{ id: '1' }], total_count: 1, pages })).toEqual({ contacts: [{ id: '1' }], pages });
    expect(() => contactList.mapResponse({ type: 'conversation.list', conversations: [] })).toThrow('without a list of contacts');
  });
});

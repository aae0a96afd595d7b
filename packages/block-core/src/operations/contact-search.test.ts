import { describe, expect, it } from 'vitest';
import { contactSearch } from './contact-search.js';

describe('contact.search', () => {
  it('sends queryJson as the body exactly as written', () => {
    const body = { query: { field: 'email', operator: 'NIN', value: ['a@b.co'] }, extra: { kept: true } };
    expect(contactSearch.buildRequest({ resource: 'contact', operation: 'search', queryJson: JSON.stringify(body) })).toEqual({ body });
    expect(() => contactSearch.buildRequest({ resource: 'contact', operation: 'search' })).toThrow('queryJson is required.');
  });

  it('outputs results and pages', () => {
    expect(contactSearch.mapResponse({ type: 'list', data: [], total_count: 0, pages: { page: 1 } })).toEqual({ results: [], pages: { page: 1 } });
  });
});

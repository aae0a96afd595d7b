import { describe, expect, it } from 'vitest';
import { visibleFields } from '../definition/visibility.js';
import { validateConfig } from '../validation/validate-config.js';
import { conversationSearch } from './conversation-search.js';

const query = { query: { operator: 'AND', value: [{ field: 'open', operator: '=', value: true }, { field: 'admin_assignee_id', operator: '=', value: 0 }] } };
const search = { resource: 'conversation', operation: 'search', queryJson: JSON.stringify(query) };

describe('conversation.search', () => {
  it('sends the query as written', () => {
    expect(conversationSearch.buildRequest(search)).toEqual({ body: query });
  });

  it('checks the query against the conversation search fields, not the contact ones', () => {
    expect(visibleFields(search).find((field) => field.name === 'queryJson')?.schema).toBe('conversationSearchQuery');
    expect(validateConfig(search)).toEqual([]);
    const contactField = validateConfig({ ...search, queryJson: '{"query": {"field": "email", "operator": "=", "value": "a@b.co"}}' });
    expect(contactField.map((issue) => [issue.field, issue.code, issue.path])).toEqual([['queryJson', 'unknown_search_field', '$.query.field']]);
    expect(validateConfig({ ...search, queryJson: '{"query": {"field": "team_assignee_id", "operator": "=", "value": "0"}}' })[0]?.code).toBe('invalid_number_value');
  });

  it('outputs the conversations found and the pages', () => {
    const found = { type: 'conversation.list', conversations: [{ type: 'conversation', id: '1' }], total_count: 1, pages: { type: 'pages', page: 1, per_page: 20, total_pages: 1 } };
    expect(conversationSearch.mapResponse(found)).toEqual({ results: found.conversations, pages: found.pages });
  });
});

import { describe, expect, it } from 'vitest';
import { visibleFields } from '../definition/visibility.js';
import { validateConfig } from '../validation/validate-config.js';
import { ticketSearch } from './ticket-search.js';

const searchOf = (query: unknown) => ({ resource: 'ticket', operation: 'search', queryJson: JSON.stringify(query) });

describe('ticket.search', () => {
  it('sends the body as written, checked against the ticket search schema', () => {
    const body = { query: { field: 'title', operator: '~', value: 'export' }, pagination: { per_page: 5 } };
    expect(ticketSearch.buildRequest(searchOf(body))).toEqual({ body });
    expect(visibleFields(searchOf(body)).find((field) => field.name === 'queryJson')?.schema).toBe('ticketSearchQuery');
  });

  it("knows the ticket fields: title, state and text assignee ids; not the conversations' or the create body's names", () => {
    expect(validateConfig(searchOf({ query: { operator: 'AND', value: [{ field: 'state', operator: '=', value: 'in_progress' }, { field: 'admin_assignee_id', operator: '=', value: '0' }] } }))).toEqual([]);
    expect(validateConfig(searchOf({ query: { field: 'ticket_attribute.2103', operator: '=', value: '5003' } }))).toEqual([]);
    const unknown = validateConfig(searchOf({ query: { field: '_default_title_', operator: '~', value: 'x' } }));
    expect(unknown.map((issue) => issue.code)).toEqual(['unknown_search_field']);
    expect(unknown[0]?.message).toContain('or ticket_attribute.<id> for a ticket attribute');
    expect(validateConfig(searchOf({ query: { field: 'open', operator: '~', value: 'yes' } })).map((issue) => issue.code)).toContain('operator_not_for_field');
  });

  it('keeps the limits: 2 levels of groups, 15 filters a group', () => {
    const filter = { field: 'open', operator: '=', value: true };
    expect(validateConfig(searchOf({ query: { operator: 'AND', value: Array.from({ length: 16 }, () => filter) } })).length).toBeGreaterThan(0);
    const deep = { operator: 'AND', value: [{ operator: 'OR', value: [{ operator: 'AND', value: [filter] }] }] };
    expect(validateConfig(searchOf({ query: deep })).length).toBeGreaterThan(0);
    expect(validateConfig(searchOf({ query: { operator: 'AND', value: Array.from({ length: 15 }, () => filter) } }))).toEqual([]);
  });

  it('outputs the tickets and the pages', () => {
    const found = { type: 'ticket.list', tickets: [{ type: 'ticket', id: '701' }], total_count: 1, pages: { type: 'pages', page: 1, per_page: 20, total_pages: 1 } };
    expect(ticketSearch.mapResponse(found)).toEqual({ results: found.tickets, pages: found.pages });
    expect(() => ticketSearch.mapResponse({ type: 'ticket.list' })).toThrow(/"tickets" is not a list/);
  });
});

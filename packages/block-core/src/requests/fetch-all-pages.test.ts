import { describe, expect, it } from 'vitest';
import { findOperation } from '../definition/visibility.js';
import type { IntercomConfig, IntercomRequest } from '../types.js';
import { buildIntercomRequest } from './build-intercom-request.js';
import { fetchAllPages, nextPageCursor, nextPageRequest, pageFailureMessage, type PageAnswer } from './fetch-all-pages.js';
import { mapIntercomResponse } from './map-intercom-response.js';

/** A contact list of `total` contacts served `perPage` at a time, with Intercom's cursor_pages; records each request. */
function contactPages(total: number, options: { cursorIn: 'query' | 'body'; failOn?: number; refuseOn?: number; repeatCursor?: boolean }) {
  const requests: IntercomRequest[] = [];
  const config: IntercomConfig = { resource: 'contact', operation: options.cursorIn === 'query' ? 'list' : 'search' };
  const fetchPage = (request: IntercomRequest, page: number): Promise<PageAnswer<string>> => {
    requests.push(request);
    if (page === options.failOn) return Promise.resolve({ failure: 'no answer' });
    if (page === options.refuseOn) return Promise.resolve({ outputs: mapIntercomResponse(config, { status: 400, body: { type: 'error.list', errors: [{ code: 'client_error', message: 'Invalid starting_after param' }] } }) });
    const body = request.body as { pagination?: { per_page?: number; starting_after?: string } } | undefined;
    const perPage = Number(options.cursorIn === 'query' ? request.query.per_page : (body?.pagination?.per_page ?? 50));
    const cursor = options.cursorIn === 'query' ? request.query.starting_after : body?.pagination?.starting_after;
    const start = cursor === undefined ? 0 : Number(cursor.replace('after-', ''));
    const data = Array.from({ length: Math.min(perPage, total - start) }, (_, i) => ({ type: 'contact', id: `c${start + i + 1}` }));
    const end = start + data.length;
    const pages = { type: 'pages', page: start / perPage + 1, per_page: perPage, total_pages: Math.ceil(total / perPage), ...(end < total ? { next: { per_page: perPage, starting_after: options.repeatCursor ? 'after-0' : `after-${end}` } } : {}) };
    return Promise.resolve({ outputs: mapIntercomResponse(config, { status: 200, body: { type: 'list', data, total_count: total, pages } }) });
  };
  return { requests, fetchPage };
}

const listConfig = (extra: Partial<IntercomConfig> = {}): IntercomConfig => ({ resource: 'contact', operation: 'list', perPage: 3, fetchAll: 'yes', ...extra });
const searchConfig = (extra: Partial<IntercomConfig> = {}): IntercomConfig => ({
  resource: 'contact',
  operation: 'search',
  queryJson: JSON.stringify({ query: { field: 'role', operator: '=', value: 'user' }, pagination: { per_page: 4 } }),
  fetchAll: 'yes',
  ...extra,
});
const listPaging = findOperation('contact', 'list')?.paging ?? { cursor: 'query', items: 'contacts' };
const searchPaging = findOperation('contact', 'search')?.paging ?? { cursor: 'body', items: 'results' };
const ids = (list: unknown) => (list as { id: string }[]).map((item) => item.id);

describe('fetchAllPages', () => {
  it("follows a list's cursor in the query string to the last page and answers every item with the last page's pages", async () => {
    const config = listConfig();
    const pages = contactPages(11, { cursorIn: 'query' });
    const result = await fetchAllPages({ config, request: buildIntercomRequest(config), paging: listPaging, fetchPage: pages.fetchPage });
    expect(result.kind).toBe('outputs');
    if (result.kind !== 'outputs') return;
    expect(result.pagesFetched).toBe(4);
    expect(result.outputs.success).toBe(true);
    expect(ids(result.outputs.contacts)).toEqual(Array.from({ length: 11 }, (_, i) => `c${i + 1}`));
    expect(result.outputs.pages).toEqual({ type: 'pages', page: 4, per_page: 3, total_pages: 4 });
    expect(pages.requests.map((request) => request.query)).toEqual([
      { per_page: '3' },
      { per_page: '3', starting_after: 'after-3' },
      { per_page: '3', starting_after: 'after-6' },
      { per_page: '3', starting_after: 'after-9' },
    ]);
    expect(pages.requests.every((request) => request.body === undefined)).toBe(true);
  });

  it("puts a search's cursor in the body's pagination, keeping its per_page, and never in the query string", async () => {
    const config = searchConfig();
    const pages = contactPages(10, { cursorIn: 'body' });
    const result = await fetchAllPages({ config, request: buildIntercomRequest(config), paging: searchPaging, fetchPage: pages.fetchPage });
    expect(result.kind === 'outputs' && ids(result.outputs.results)).toEqual(Array.from({ length: 10 }, (_, i) => `c${i + 1}`));
    expect(pages.requests).toHaveLength(3);
    expect(pages.requests.map((request) => request.body)).toEqual([
      { query: { field: 'role', operator: '=', value: 'user' }, pagination: { per_page: 4 } },
      { query: { field: 'role', operator: '=', value: 'user' }, pagination: { per_page: 4, starting_after: 'after-4' } },
      { query: { field: 'role', operator: '=', value: 'user' }, pagination: { per_page: 4, starting_after: 'after-8' } },
    ]);
    for (const request of pages.requests) expect(request.query).not.toHaveProperty('starting_after');
  });

  it('stops at Max results, in the middle of a page, without asking for another page', async () => {
    const config = listConfig({ maxResults: 7 });
    const pages = contactPages(20, { cursorIn: 'query' });
    const result = await fetchAllPages({ config, request: buildIntercomRequest(config), paging: listPaging, fetchPage: pages.fetchPage });
    expect(result.kind === 'outputs' && ids(result.outputs.contacts)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
    expect(pages.requests).toHaveLength(3);
    expect(result.kind === 'outputs' && result.outputs.pages).toMatchObject({ page: 3, next: { starting_after: 'after-9' } });
  });

  it('defaults Max results to 1,000', async () => {
    const config = listConfig({ perPage: 150 });
    const pages = contactPages(1200, { cursorIn: 'query' });
    const result = await fetchAllPages({ config, request: buildIntercomRequest(config), paging: listPaging, fetchPage: pages.fetchPage });
    expect(result.kind === 'outputs' && (result.outputs.contacts as unknown[]).length).toBe(1000);
    expect(pages.requests).toHaveLength(7);
  });

  it('fails the whole run when a later page gets no answer, saying which page and how many came before', async () => {
    const config = listConfig();
    const pages = contactPages(20, { cursorIn: 'query', failOn: 3 });
    const result = await fetchAllPages({ config, request: buildIntercomRequest(config), paging: listPaging, fetchPage: pages.fetchPage });
    expect(result).toEqual({ kind: 'failure', failure: 'no answer', page: 3, itemsFetched: 6 });
  });

  it("fails the whole run when Intercom refuses a later page, in Intercom's words, and answers no items", async () => {
    const config = listConfig();
    const pages = contactPages(20, { cursorIn: 'query', refuseOn: 2 });
    const result = await fetchAllPages({ config, request: buildIntercomRequest(config), paging: listPaging, fetchPage: pages.fetchPage });
    expect(result.kind).toBe('outputs');
    if (result.kind !== 'outputs') return;
    expect(result.outputs.success).toBe(false);
    expect(result.outputs).not.toHaveProperty('contacts');
    expect(result.outputs.error).toMatch(/^Fetching every page failed on page 2 \(after 3 items\): .*Invalid starting_after param.* Nothing is returned; run it again\.$/);
  });

  it('answers a refused first page as a single call would', async () => {
    const config = listConfig();
    const pages = contactPages(20, { cursorIn: 'query', refuseOn: 1 });
    const result = await fetchAllPages({ config, request: buildIntercomRequest(config), paging: listPaging, fetchPage: pages.fetchPage });
    expect(result.kind === 'outputs' && result.outputs.error).toBe(mapIntercomResponse(config, { status: 400, body: { type: 'error.list', errors: [{ code: 'client_error', message: 'Invalid starting_after param' }] } }).error);
  });

  it('stops when Intercom sends a cursor it already sent, instead of going round for ever', async () => {
    const config = listConfig({ maxResults: 10_000 });
    const pages = contactPages(20, { cursorIn: 'query', repeatCursor: true });
    const result = await fetchAllPages({ config, request: buildIntercomRequest(config), paging: listPaging, fetchPage: pages.fetchPage });
    expect(result.kind === 'outputs' && result.outputs).toMatchObject({ success: false, error: expect.stringContaining('a cursor it had already sent') as unknown });
    expect(pages.requests).toHaveLength(2);
  });

  it('asks for no page once its signal is aborted', async () => {
    const config = listConfig();
    const controller = new AbortController();
    const pages = contactPages(20, { cursorIn: 'query' });
    const result = await fetchAllPages({
      config,
      request: buildIntercomRequest(config),
      paging: listPaging,
      signal: controller.signal,
      fetchPage: async (request, page) => {
        if (page === 2) controller.abort();
        return pages.fetchPage(request, page);
      },
    });
    expect(result).toEqual({ kind: 'stopped', page: 3, itemsFetched: 6 });
  });
});

describe('page requests and cursors', () => {
  it("reads pages.next.starting_after, and nothing from a last page", () => {
    expect(nextPageCursor({ success: true, pages: { next: { starting_after: 'abc' } } })).toBe('abc');
    expect(nextPageCursor({ success: true, pages: { type: 'pages', page: 2 } })).toBeUndefined();
    expect(nextPageCursor({ success: true, pages: null })).toBeUndefined();
  });

  it('adds the cursor to a search body that has no pagination yet, and drops a stray query cursor', () => {
    const request: IntercomRequest = { method: 'POST', path: '/contacts/search', query: { starting_after: 'stray' }, headers: {}, body: { query: {} } };
    expect(nextPageRequest(request, { cursor: 'body', items: 'results' }, 'next')).toMatchObject({ query: {}, body: { query: {}, pagination: { starting_after: 'next' } } });
  });

  it('words a failure on a page with the page, the count before it and the reason', () => {
    expect(pageFailureMessage(3, 1200, 'Intercom did not answer within 10 s')).toBe(
      'Fetching every page failed on page 3 (after 1,200 items): Intercom did not answer within 10 s. Nothing is returned; run it again.',
    );
  });
});

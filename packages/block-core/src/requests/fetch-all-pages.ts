import type { OperationPaging } from '../definition/operation-types.js';
import { MAX_FETCH_ALL_PAGES } from '../definition/limits.js';
import type { BlockOutputs, IntercomConfig, IntercomRequest } from '../types.js';
import { boundedNumber } from './config-values.js';

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The request for the page after `cursor`: the same request with the cursor where the operation's paging says,
 * `?starting_after=` for a list, the body's `pagination.starting_after` for a search (never its query string).
 * @example nextPageRequest({ ...search, body: { query, pagination: { per_page: 5 } } }, { cursor: 'body', items: 'results' }, 'WzEs')
 * // body: { query, pagination: { per_page: 5, starting_after: 'WzEs' } }
 */
export function nextPageRequest(request: IntercomRequest, paging: OperationPaging, cursor: string): IntercomRequest {
  if (paging.cursor === 'query') return { ...request, query: { ...request.query, starting_after: cursor } };
  const body = isObject(request.body) ? request.body : {};
  const pagination = isObject(body.pagination) ? body.pagination : {};
  const query = Object.fromEntries(Object.entries(request.query).filter(([name]) => name !== 'starting_after'));
  return { ...request, query, body: { ...body, pagination: { ...pagination, starting_after: cursor } } };
}

/** The cursor of the next page in a page's outputs (`pages.next.starting_after`), or undefined on the last page. */
export function nextPageCursor(outputs: BlockOutputs): string | undefined {
  const pages = (outputs as { pages?: unknown }).pages;
  const next = isObject(pages) ? pages.next : undefined;
  const cursor = isObject(next) ? next.starting_after : undefined;
  return typeof cursor === 'string' && cursor !== '' ? cursor : undefined;
}

/** One page's answer as the caller got it: the block's outputs for that page, or the caller's own failure (no answer came). */
export type PageAnswer<Failure> = { outputs: BlockOutputs } | { failure: Failure };

/** What following the pages came to. */
export type FetchAllResult<Failure> =
  /** Every item up to Max results (`success: true`), or a failure worded here (Intercom refused a page, a cursor went round). */
  | { kind: 'outputs'; outputs: BlockOutputs; pagesFetched: number }
  /** The caller could not get page `page` (timeout, rate limit, too large...): it words the failure with `pageFailureMessage`. */
  | { kind: 'failure'; failure: Failure; page: number; itemsFetched: number }
  /** `signal` was aborted before page `page` (the caller's deadline). */
  | { kind: 'stopped'; page: number; itemsFetched: number };

export interface FetchAllOptions<Failure> {
  /** The resolved config (its `maxResults` bounds the items). */
  config: IntercomConfig;
  /** The first page's request, as `buildIntercomRequest` made it. */
  request: IntercomRequest;
  paging: OperationPaging;
  /** Gets one page: the caller sends it the way it sends any call (its limiter, retries, limits) and maps the answer. */
  fetchPage: (request: IntercomRequest, page: number) => Promise<PageAnswer<Failure>>;
  /** Stops before the next page (the caller's time limit, or the caller went away). */
  signal?: AbortSignal;
}

/**
 * Follows Intercom's cursor from the first page until the last page or `maxResults` items (cut in the middle of
 * a page if need be), and answers every item in the paging's items output plus `pages` of the last page fetched.
 * A failure on any page fails the whole run: nothing fetched before it is answered as if it were everything.
 * @returns the combined outputs, or why a page could not be had (for the caller to word).
 */
export async function fetchAllPages<Failure>(options: FetchAllOptions<Failure>): Promise<FetchAllResult<Failure>> {
  const { config, paging, fetchPage, signal } = options;
  const maxResults = boundedNumber(config, 'maxResults');
  const items: unknown[] = [];
  const cursorsSeen = new Set<string>();
  let request = options.request;
  for (let page = 1; ; page += 1) {
    if (signal?.aborted) return { kind: 'stopped', page, itemsFetched: items.length };
    const answer = await fetchPage(request, page);
    if ('failure' in answer) return { kind: 'failure', failure: answer.failure, page, itemsFetched: items.length };
    const { outputs } = answer;
    if (!outputs.success) {
      const error = page === 1 ? outputs.error : pageFailureMessage(page, items.length, outputs.error ?? 'Intercom refused it.');
      return { kind: 'outputs', outputs: { ...outputs, ...(error === undefined ? {} : { error }) }, pagesFetched: page - 1 };
    }
    const pageItems: unknown = (outputs as unknown as Readonly<Record<string, unknown>>)[paging.items];
    if (!Array.isArray(pageItems)) {
      return { kind: 'outputs', outputs: { success: false, error: `Page ${page} of Intercom's answer has no list "${paging.items}".` }, pagesFetched: page };
    }
    items.push(...(pageItems as unknown[]).slice(0, maxResults - items.length));
    const cursor = nextPageCursor(outputs);
    if (items.length >= maxResults || cursor === undefined) {
      return { kind: 'outputs', outputs: { ...outputs, [paging.items]: items, success: true }, pagesFetched: page };
    }
    if (cursorsSeen.has(cursor)) {
      return { kind: 'outputs', outputs: { success: false, error: pageFailureMessage(page + 1, items.length, 'Intercom sent a cursor it had already sent, so the pages would never end.') }, pagesFetched: page };
    }
    if (page >= MAX_FETCH_ALL_PAGES) {
      return {
        kind: 'outputs',
        outputs: { success: false, error: `Fetch every page stopped after ${MAX_FETCH_ALL_PAGES.toLocaleString('en-US')} pages (${items.length.toLocaleString('en-US')} items) with more to come: raise Per page or lower Max results. Nothing is returned.` },
        pagesFetched: page,
      };
    }
    cursorsSeen.add(cursor);
    request = nextPageRequest(request, paging, cursor);
  }
}

/**
 * What a failure on a later page says: which page, how many items came before it, why, and that none is returned.
 * @example pageFailureMessage(3, 100, 'Intercom did not answer within 10 s.')
 * // 'Fetching every page failed on page 3 (after 100 items): Intercom did not answer within 10 s. Nothing is returned; run it again.'
 */
export function pageFailureMessage(page: number, itemsFetched: number, error: string): string {
  const reason = error.replace(/\s+/g, ' ').trim();
  return `Fetching every page failed on page ${page} (after ${itemsFetched.toLocaleString('en-US')} items): ${/[.!?]$/.test(reason) ? reason : `${reason}.`} Nothing is returned; run it again.`;
}

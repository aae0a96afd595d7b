import { IntercomApiError, invalidParameter } from '../http/errors.js';

/** A value a list is sorted by; the cursor remembers the last item's key. */
export type SortKey = readonly (string | number | boolean | null)[];

/** Intercom's `cursor_pages` object. */
export interface CursorPages {
  type: 'pages';
  page: number;
  per_page: number;
  total_pages: number;
  next?: { per_page: number; starting_after: string };
}

export interface PageOf<T> {
  items: T[];
  pages: CursorPages;
  totalCount: number;
}

export interface PaginateOptions<T> {
  perPage: number;
  startingAfter?: string | null;
  keyOf: (item: T) => SortKey;
  /** The order the items are sorted in, over keys. */
  compare: (a: SortKey, b: SortKey) => number;
}

export const MAX_PER_PAGE = 150;

/**
 * Reads `per_page` (from a query string or a JSON body): an integer from 1 to 150.
 * @throws IntercomApiError 400 `parameter_invalid` otherwise
 */
export function parsePerPage(raw: unknown, defaultValue: number, name = 'per_page'): number {
  if (raw === undefined || raw === null || raw === '') return defaultValue;
  const value = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_PER_PAGE) {
    throw invalidParameter(`${name} must be an integer between 1 and ${MAX_PER_PAGE}`);
  }
  return value;
}

const toBase64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
const fromBase64 = (text: string) => new TextDecoder().decode(Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0)));

/** Encodes a cursor: the page it ends and the sort key of its last item (opaque base64, like Intercom's). */
export const encodeCursor = (page: number, key: SortKey): string => toBase64(JSON.stringify([page, ...key]));

function decodeCursor(cursor: string): { page: number; key: SortKey } {
  const invalid = () => new IntercomApiError(400, 'client_error', 'Invalid starting_after param');
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64(cursor));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || !Number.isInteger(parsed[0]) || (parsed[0] as number) < 1) throw invalid();
  const [page, ...key] = parsed as [number, ...unknown[]];
  if (!key.every((k) => k === null || ['string', 'number', 'boolean'].includes(typeof k))) throw invalid();
  return { page, key: key as SortKey };
}

/**
 * Cuts one page out of a sorted list. The next page starts after the cursor's key, so creating or
 * deleting items between requests neither repeats nor skips the others.
 * @throws IntercomApiError 400 `client_error` for a cursor this sandbox did not issue
 */
export function paginate<T>(sorted: readonly T[], options: PaginateOptions<T>): PageOf<T> {
  const { perPage, keyOf, compare } = options;
  let start = 0;
  let page = 1;
  if (options.startingAfter) {
    const cursor = decodeCursor(options.startingAfter);
    page = cursor.page + 1;
    const after = sorted.findIndex((item) => compare(keyOf(item), cursor.key) > 0);
    start = after === -1 ? sorted.length : after;
  }
  const items = sorted.slice(start, start + perPage);
  const totalCount = sorted.length;
  const pages: CursorPages = { type: 'pages', page, per_page: perPage, total_pages: Math.ceil(totalCount / perPage) };
  const last = items.at(-1);
  if (last !== undefined && start + perPage < totalCount) {
    pages.next = { per_page: perPage, starting_after: encodeCursor(page, keyOf(last)) };
  }
  return { items, pages, totalCount };
}

/** Compares sort keys item by item: numbers numerically, strings case-insensitively, nulls last. */
export function compareKeys(a: SortKey, b: SortKey, descending: readonly boolean[] = []): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    let order: number;
    if (typeof x === 'number' && typeof y === 'number') order = x - y;
    else if (typeof x === 'boolean' && typeof y === 'boolean') order = Number(x) - Number(y);
    else {
      const [s, t] = [String(x).toLowerCase(), String(y).toLowerCase()];
      order = s < t ? -1 : s > t ? 1 : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
    }
    if (order !== 0) return descending[i] ? -order : order;
  }
  return 0;
}

/** What Intercom says about its rate limit in one response (NOTES.md section 4). */
export interface RateLimitInfo {
  /** `X-RateLimit-Limit`: requests allowed per window. */
  limit?: number;
  /** `X-RateLimit-Remaining`: requests left in the current window. */
  remaining?: number;
  /** `X-RateLimit-Reset` (UNIX seconds) as epoch milliseconds. */
  resetAtMs?: number;
}

type HeaderSource = Headers | Record<string, string>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

function nonNegativeNumber(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * Reads the `X-RateLimit-*` headers; absent or malformed values are left out.
 * @example parseRateLimitHeaders(new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000000' }))
 * // { remaining: 0, resetAtMs: 1700000000000 }
 */
export function parseRateLimitHeaders(headers: HeaderSource): RateLimitInfo {
  const info: RateLimitInfo = {};
  const limit = nonNegativeNumber(header(headers, 'x-ratelimit-limit'));
  const remaining = nonNegativeNumber(header(headers, 'x-ratelimit-remaining'));
  const reset = nonNegativeNumber(header(headers, 'x-ratelimit-reset'));
  if (limit !== undefined) info.limit = limit;
  if (remaining !== undefined) info.remaining = remaining;
  if (reset !== undefined) info.resetAtMs = reset * 1000;
  return info;
}

/**
 * When a rate-limited request may be tried again: Intercom's `X-RateLimit-Reset` first (the moment its window
 * resets), then `Retry-After` (seconds or an HTTP date).
 * @param headers - the 429 response's headers.
 * @param nowMs - the current time in epoch milliseconds.
 * @returns milliseconds to wait (0 when the moment has passed), or undefined when the response does not say.
 */
export function rateLimitDelayMs(headers: HeaderSource, nowMs: number): number | undefined {
  const { resetAtMs } = parseRateLimitHeaders(headers);
  if (resetAtMs !== undefined) return Math.max(0, resetAtMs - nowMs);
  const retryAfter = header(headers, 'retry-after')?.trim();
  if (retryAfter === undefined || retryAfter === '') return undefined;
  const seconds = nonNegativeNumber(retryAfter);
  if (seconds !== undefined) return Math.ceil(seconds * 1000);
  const date = Date.parse(retryAfter);
  return Number.isFinite(date) ? Math.max(0, date - nowMs) : undefined;
}

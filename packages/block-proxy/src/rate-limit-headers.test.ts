import { describe, expect, it } from 'vitest';
import { parseRateLimitHeaders, rateLimitDelayMs } from './rate-limit-headers.js';

describe('parseRateLimitHeaders', () => {
  it('reads Intercom X-RateLimit-* headers in any case', () => {
    expect(parseRateLimitHeaders({ 'X-RateLimit-Limit': '166', 'x-ratelimit-remaining': '0', 'X-RATELIMIT-RESET': '1700000000' })).toEqual({
      limit: 166,
      remaining: 0,
      resetAtMs: 1_700_000_000_000,
    });
  });

  it('ignores missing and malformed values', () => {
    expect(parseRateLimitHeaders(new Headers({ 'x-ratelimit-remaining': 'lots', 'x-ratelimit-reset': '-1' }))).toEqual({});
  });
});

describe('rateLimitDelayMs', () => {
  const now = 1_700_000_000_000;

  it("waits until Intercom's reset time, never a negative time", () => {
    expect(rateLimitDelayMs({ 'X-RateLimit-Reset': '1700000005', 'Retry-After': '9' }, now)).toBe(5000);
    expect(rateLimitDelayMs({ 'X-RateLimit-Reset': '1699999990' }, now)).toBe(0);
  });

  it('falls back to Retry-After in seconds or as a date', () => {
    expect(rateLimitDelayMs({ 'Retry-After': '2' }, now)).toBe(2000);
    expect(rateLimitDelayMs({ 'Retry-After': new Date(now + 3000).toUTCString() }, now)).toBe(3000);
    expect(rateLimitDelayMs({ 'Retry-After': 'soon' }, now)).toBeUndefined();
  });

  it('says nothing when the response does not', () => {
    expect(rateLimitDelayMs({}, now)).toBeUndefined();
  });
});

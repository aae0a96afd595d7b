import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.js';
import type { SandboxEnv } from './env.js';

/** The sandbox's rate limit: requests per fixed window, like Intercom's 10-second windows. */
export interface RateLimitOptions {
  /** Requests allowed per window (default 1666: Intercom's 10,000 per minute spread over 10-second windows). */
  limit?: number;
  /** Window length in seconds (default 10). */
  windowSeconds?: number;
}

export interface RateLimitState {
  allowed: boolean;
  headers: Record<string, string>;
}

/** Counts requests in fixed windows aligned to the clock and reports Intercom's `X-RateLimit-*` headers. */
export class RateLimitWindow {
  readonly limit: number;
  readonly windowSeconds: number;
  private windowStart = -1;
  private used = 0;

  constructor(options: RateLimitOptions, private readonly clock: () => number) {
    this.limit = options.limit ?? 1666;
    this.windowSeconds = options.windowSeconds ?? 10;
  }

  /** Counts one request and returns the headers to send with its response. */
  consume(): RateLimitState {
    const nowSeconds = Math.floor(this.clock() / 1000);
    const start = nowSeconds - (nowSeconds % this.windowSeconds);
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.used = 0;
    }
    const allowed = this.used < this.limit;
    if (allowed) this.used += 1;
    const reset = start + this.windowSeconds;
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(this.limit),
      'X-RateLimit-Remaining': String(this.limit - this.used),
      'X-RateLimit-Reset': String(reset),
    };
    if (!allowed) headers['Retry-After'] = String(Math.max(1, reset - nowSeconds));
    return { allowed, headers };
  }

  /** Starts a fresh window on the next request. */
  reset(): void {
    this.windowStart = -1;
    this.used = 0;
  }
}

/** Adds `X-RateLimit-*` to every response, and answers 429 `rate_limit_exceeded` once the window is used up. */
export function rateLimit(window: RateLimitWindow): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const state = window.consume();
    if (!state.allowed) return errorResponse(c.get('requestId'), 429, 'rate_limit_exceeded', 'Rate Limit Exceeded', state.headers);
    await next();
    for (const [name, value] of Object.entries(state.headers)) c.res.headers.set(name, value);
  };
}

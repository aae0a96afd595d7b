import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.js';
import type { SandboxEnv } from './env.js';

/** The sandbox's rate limit: requests per fixed window, like Intercom's 10-second windows. */
export interface RateLimitOptions {
  /** Requests allowed per window (default 1666: Intercom's 10,000 per minute spread over 10-second windows). */
  limit?: number;
  /** Window length in seconds (default 10). */
  windowSeconds?: number;
  /** Window length in milliseconds, for windows that are no whole number of seconds; wins over `windowSeconds`. */
  windowMs?: number;
}

/** A rate limit as the control route and `setRateLimit` take it: whole requests per window of whole milliseconds. */
export interface RateLimitSetting {
  requestsPerWindow: number;
  windowMs: number;
}

/** The bounds a setting must stay within (a window shorter than 100 ms would say nothing about a proxy's pacing). */
export const rateLimitBounds = { requestsPerWindow: { min: 1, max: 1_000_000_000 }, windowMs: { min: 100, max: 3_600_000 } } as const;

export interface RateLimitState {
  allowed: boolean;
  headers: Record<string, string>;
}

/**
 * Checks a setting given in code or over HTTP.
 * @returns the setting with only its two keys
 * @throws RangeError naming the first field that is wrong
 */
export function validateRateLimitSetting(input: unknown): RateLimitSetting {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new RangeError('A rate limit must be an object like { "requestsPerWindow": 50, "windowMs": 1000 }');
  }
  const values = input as Record<string, unknown>;
  for (const key of ['requestsPerWindow', 'windowMs'] as const) {
    const { min, max } = rateLimitBounds[key];
    const value = values[key];
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      throw new RangeError(`${key} must be a whole number from ${min} to ${max}`);
    }
  }
  return { requestsPerWindow: values.requestsPerWindow as number, windowMs: values.windowMs as number };
}

/**
 * Counts requests in fixed windows aligned to the clock (epoch multiples of the window) and reports Intercom's
 * `X-RateLimit-*` headers. The limit can be changed while running; the change starts a fresh window.
 */
export class RateLimitWindow {
  private setting: RateLimitSetting;
  private readonly initial: RateLimitSetting;
  private windowStart = -1;
  private used = 0;

  constructor(options: RateLimitOptions, private readonly clock: () => number) {
    this.initial = validateRateLimitSetting({ requestsPerWindow: options.limit ?? 1666, windowMs: options.windowMs ?? (options.windowSeconds ?? 10) * 1000 });
    this.setting = this.initial;
  }

  /** Requests allowed per window. */
  get limit(): number {
    return this.setting.requestsPerWindow;
  }

  /** The current setting. */
  get current(): RateLimitSetting {
    return { ...this.setting };
  }

  /** The start (epoch ms) of the window a moment falls in. */
  windowStartAt(epochMs: number): number {
    return epochMs - (epochMs % this.setting.windowMs);
  }

  /** Counts one request and returns the headers to send with its response. */
  consume(): RateLimitState {
    const now = this.clock();
    const start = this.windowStartAt(now);
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.used = 0;
    }
    const allowed = this.used < this.limit;
    if (allowed) this.used += 1;
    const endMs = start + this.setting.windowMs;
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(this.limit),
      'X-RateLimit-Remaining': String(this.limit - this.used),
      // Unix seconds, as Intercom sends it; rounded up so that a caller waiting for it never starts early.
      'X-RateLimit-Reset': String(Math.ceil(endMs / 1000)),
    };
    if (!allowed) headers['Retry-After'] = String(Math.max(1, Math.ceil((endMs - now) / 1000)));
    return { allowed, headers };
  }

  /** Changes the limit from the next request on, in a fresh window. */
  set(setting: RateLimitSetting): void {
    this.setting = validateRateLimitSetting(setting);
    this.windowStart = -1;
    this.used = 0;
  }

  /** Restores the limit the sandbox started with and starts a fresh window on the next request. */
  reset(): void {
    this.set(this.initial);
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

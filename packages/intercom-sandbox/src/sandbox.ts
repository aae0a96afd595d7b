import { createSandboxApp } from './app.js';
import { droppedConnectionError, isDroppedConnectionMarker } from './faults/dropped-connection.js';
import type { FaultInjector } from './faults/fault.js';
import { SandboxFaults } from './faults/fault-injector.js';
import { RateLimitWindow, type RateLimitOptions } from './http/rate-limit.js';
import { SandboxStore } from './store/store.js';

/** The bearer token the sandbox accepts unless told otherwise. */
export const DEFAULT_SANDBOX_TOKEN = 'sandbox-token';

export interface IntercomSandboxOptions {
  /** The accepted bearer token (default `"sandbox-token"`). */
  token?: string;
  /** Current time in epoch milliseconds, for timestamps of new records and rate-limit windows (default `Date.now`). */
  clock?: () => number;
  /** The rate limit reported in `X-RateLimit-*` and enforced with 429 (default 1666 requests per 10 s). */
  rateLimit?: RateLimitOptions;
}

/** An in-memory Intercom (REST API 2.16) for the endpoints the block uses. */
export interface IntercomSandbox {
  /**
   * Answers a request like `https://api.intercom.io` would (any origin works; only the path counts).
   * Accepts what `fetch` accepts, so it can stand in for `fetch`.
   * Rejects, like `fetch`, when the request's signal aborts, and with `TypeError("fetch failed")`
   * (see `isDroppedConnection`) for a `drop` fault.
   */
  fetch: (request: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Restores the seed data, removes every fault and starts a fresh rate-limit window. */
  reset(): void;
  /** Faults to inject into matching requests. */
  faults: FaultInjector;
  /** The accepted bearer token. */
  token: string;
}

const abortError = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('This operation was aborted', 'AbortError');

/**
 * Creates a sandbox seeded with the demo workspace.
 * @param options token, clock and rate limit
 * @returns the sandbox; its `fetch` is a web-standard handler
 * @example
 * const sandbox = createIntercomSandbox();
 * const response = await sandbox.fetch(new Request('https://api.intercom.io/me', { headers: { Authorization: `Bearer ${sandbox.token}` } }));
 */
export function createIntercomSandbox(options: IntercomSandboxOptions = {}): IntercomSandbox {
  const token = options.token ?? DEFAULT_SANDBOX_TOKEN;
  const clock = options.clock ?? Date.now;
  const store = new SandboxStore(clock);
  const faults = new SandboxFaults();
  const rateLimitWindow = new RateLimitWindow(options.rateLimit ?? {}, clock);
  const reset = () => {
    store.reset();
    faults.clear();
    rateLimitWindow.reset();
  };
  const app = createSandboxApp({ token, store, faults, rateLimitWindow, clock, reset });

  return {
    token,
    faults,
    reset,
    fetch: async (input, init) => {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      if (request.signal.aborted) throw abortError(request.signal);
      const response = await app.fetch(request);
      if (request.signal.aborted) throw abortError(request.signal);
      if (isDroppedConnectionMarker(response)) throw droppedConnectionError();
      return response;
    },
  };
}

/** What a fault does to a matching request. */
export type FaultKind = 'latency' | 'rate_limit' | 'server_error' | 'unavailable' | 'drop';

export const FAULT_KINDS: readonly FaultKind[] = ['latency', 'rate_limit', 'server_error', 'unavailable', 'drop'];

/**
 * A fault to inject into matching requests.
 * @example { route: 'POST /conversations/:id/reply', kind: 'rate_limit', count: 1, resetInSeconds: 2 }
 */
export interface Fault {
  /** `"GET /contacts/:id"`, `"POST /conversations/:id/reply"`, `"/contacts/*"` or `"*"` (default). */
  route?: string;
  kind: FaultKind;
  /** Fire at most this many times, then the fault is gone. Without it the fault stays until cleared. */
  count?: number;
  /** Fire on this share of matching requests (0–1], drawn from a seeded generator so runs repeat. */
  rate?: number;
  /** For `latency`: how long to hold the request (default 1000 ms). */
  delayMs?: number;
  /**
   * For `latency`: each request's delay is drawn evenly from `delayMs` ± this (seeded, so runs repeat), as a real
   * service's times spread around their median. Default 0: every request waits exactly `delayMs`.
   */
  jitterMs?: number;
  /** For `rate_limit`: seconds until `X-RateLimit-Reset` (default 10), also sent as `Retry-After`. */
  resetInSeconds?: number;
}

/** Adds and clears faults; the sandbox applies them to the requests that match. */
export interface FaultInjector {
  /**
   * Adds a fault. Faults are checked in the order added: every matching latency fault adds its delay,
   * then the first other matching fault that fires answers the request.
   * @throws RangeError for an invalid fault
   */
  add(fault: Fault): void;
  /** Removes every fault. */
  clear(): void;
  /** The faults still active, with `count` showing how many firings are left. */
  list(): Fault[];
}

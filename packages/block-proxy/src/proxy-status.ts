import type { IntercomCallFailure } from './intercom-caller.js';

/** Statuses of a call the proxy could not complete with an answer from Intercom. */
export type ProxyFailureStatus = 422 | 502 | 503 | 504;

/**
 * The status that says why no mapped answer came back: Intercom timed out (504), could not be reached or
 * answered something unusable (502), the proxy is too busy or the caller left while waiting (503), or the
 * request would not stay on its own path (422, a refused config).
 * @param cause - why the call failed.
 */
export function failureStatus(cause: IntercomCallFailure['cause'] | undefined): ProxyFailureStatus {
  switch (cause) {
    case 'timeout':
      return 504;
    case 'busy':
    case 'cancelled':
      return 503;
    case 'unsafe_path':
      return 422;
    default:
      return 502;
  }
}

/** `Retry-After` in whole seconds (at least 1), as HTTP wants it. */
export function retryAfterSeconds(ms: number): string {
  return String(Math.max(1, Math.ceil(ms / 1000)));
}

/** `{ retryAfterMs }` only when there is one (options are exact: no key is set to undefined). */
export function withRetryAfter(ms: number | undefined): { retryAfterMs?: number } {
  return ms === undefined ? {} : { retryAfterMs: ms };
}

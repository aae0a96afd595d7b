import type { HttpMethod } from '@workflow-blocks/block-core';

/** One call to Intercom as the proxy sends it: token and version already in the headers. */
export interface IntercomHttpRequest {
  method: HttpMethod;
  /** The full URL, under the configured base URL. */
  url: URL;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** JSON text, for POST and PUT. */
  body?: string;
  /** Give up after this long, from the start of the call to the last byte of the answer. */
  timeoutMs: number;
  /** Largest answer body to read, in bytes: past it the call fails with `intercomResponseTooLargeError`. */
  maxResponseBytes: number;
}

/** Intercom's answer, read whole. */
export interface IntercomHttpAnswer {
  status: number;
  /** Header names in lower case; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The body as text (UTF-8). */
  body: string;
}

/**
 * How the proxy reaches Intercom. `send` never follows a redirect (the token must not travel to another
 * host), rejects with an error named `TimeoutError` when `timeoutMs` has passed, with one named
 * `ResponseTooLargeError` as soon as the body passes `maxResponseBytes` (stop reading it), and with any other error
 * (ideally carrying a `code` such as `ECONNRESET`, on itself or its `cause`) when the connection failed.
 * The default is `fetchHttpClient()`; on Node, `createNodeHttpClient()` from `@workflow-blocks/block-proxy/node`
 * does the same with less CPU per call.
 */
export interface IntercomHttpClient {
  send(request: IntercomHttpRequest): Promise<IntercomHttpAnswer>;
}

/**
 * The error a client rejects with when Intercom did not answer in time.
 * @param timeoutMs - the time limit that passed.
 */
export function intercomTimeoutError(timeoutMs: number): Error {
  const error = new Error(`Intercom did not answer within ${timeoutMs} ms.`);
  error.name = 'TimeoutError';
  return error;
}

/** True for a client's time-limit rejection (also an `AbortError`, as a fetch given a timed-out signal throws). */
export const isTimeoutError = (error: unknown): boolean => error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');

/**
 * The error a client rejects with when Intercom's answer is larger than the request allows.
 * @param maxBytes - the limit that was passed.
 */
export function intercomResponseTooLargeError(maxBytes: number): Error {
  const error = new Error(`Intercom's answer is larger than ${maxBytes} bytes.`);
  error.name = 'ResponseTooLargeError';
  return error;
}

/** True for a client's rejection of an answer over `maxResponseBytes`. */
export const isResponseTooLargeError = (error: unknown): boolean => error instanceof Error && error.name === 'ResponseTooLargeError';

/** The `Content-Length` a server announced, when it is a plain number. */
export function announcedLength(value: string | null | undefined): number | undefined {
  return value !== null && value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

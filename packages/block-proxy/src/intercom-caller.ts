import { INTERCOM_API_VERSION, type IntercomRequest } from '@workflow-blocks/block-core';
import { isResponseTooLargeError, isTimeoutError, type IntercomHttpClient } from './intercom-http-client.js';
import type { IntercomCredentials, ResolvedProxySettings } from './proxy-options.js';
import { proxyFailures } from './proxy-failures.js';
import { parseRateLimitHeaders, rateLimitDelayMs } from './rate-limit-headers.js';
import { LimiterBusyError, type CallLimiter } from './request-limiter.js';
import { retryAfterSeconds } from './proxy-status.js';
import { REDACTED } from './redact-secret.js';
import type { SecretRedactingLog } from './secret-redacting-log.js';
import { sleep } from './sleep.js';

/** Intercom's answer, read whole, with the token stripped from anything it may have echoed. */
export interface IntercomHttpResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** An HTTP answer from Intercom (any status), or a failure before one arrived. */
export type IntercomCallResult = { kind: 'response'; response: IntercomHttpResponse } | IntercomCallFailure;

/** Why no answer came: the message for the caller, the cause, and for `busy` when to try again. */
export interface IntercomCallFailure {
  kind: 'failure';
  error: string;
  cause: 'credentials' | 'timeout' | 'network' | 'too_large' | 'unsafe_path' | 'cancelled' | 'busy';
  /** For `busy`: how long the caller should wait before trying again. */
  retryAfterMs?: number;
}

/** How one call is made. */
export interface IntercomCallOptions {
  /** A write is sent at most once (never retried once it may have reached Intercom). */
  write: boolean;
  /** For log lines: the endpoint template, never the ids, e.g. `GET /contacts/{contact_id}`. */
  label: string;
  /** The caller went away: stop waiting for a slot or a retry. */
  signal?: AbortSignal;
  /** Filled in as the call goes, for the run's log line. */
  trace?: IntercomCallTrace;
}

/** What a call did, for the run's log line: attempts sent, and Intercom's last status and request id. */
export interface IntercomCallTrace {
  attempts: number;
  status?: number;
  requestId?: string;
}

export interface IntercomCallerDependencies {
  baseUrl: string;
  credentials: () => Promise<IntercomCredentials> | IntercomCredentials;
  client: IntercomHttpClient;
  limiter: CallLimiter;
  settings: Pick<ResolvedProxySettings, 'timeoutMs' | 'maxResponseBytes' | 'retry'> & Partial<Pick<ResolvedProxySettings, 'recordsRuns'>>;
  log: SecretRedactingLog;
}

/** Calls Intercom for the proxy: adds the token and version, spreads calls through the limiter, retries reads only. */
export type IntercomCaller = (request: IntercomRequest, options: IntercomCallOptions) => Promise<IntercomCallResult>;

type Attempt = { kind: 'response'; response: IntercomHttpResponse } | { kind: 'timeout' } | { kind: 'too_large' } | { kind: 'network'; detail: string };

/**
 * Creates the one place that talks to Intercom.
 * - the base URL is fixed by configuration; the request's path must stay the path it says (no dot segments);
 * - every attempt waits for the limiter and has a time limit;
 * - reads wait for the rate-limit reset after a 429 and retry (bounded), and retry a 5xx or dropped connection once;
 * - writes are sent once: a 429, a 5xx, a timeout or a dropped connection is returned as it is.
 */
export function createIntercomCaller(deps: IntercomCallerDependencies): IntercomCaller {
  const { retry, timeoutMs, maxResponseBytes } = deps.settings;
  const log = deps.log;
  // Parsed once: it only ever comes from configuration.
  const baseUrl = new URL(deps.baseUrl);

  return async (request, { write, label, signal, trace }) => {
    let token: string;
    try {
      token = (await deps.credentials()).accessToken;
    } catch {
      return { kind: 'failure', error: proxyFailures.noCredentials, cause: 'credentials' };
    }
    if (typeof token !== 'string' || token.trim() === '') return { kind: 'failure', error: proxyFailures.noCredentials, cause: 'credentials' };
    // This call's own token is stripped whatever the shared log has forgotten meanwhile (many tenants at once);
    // its pattern is the log's, built once per token rather than once per call.
    const ownToken = log.addSecret(token);
    const redactAnswer = (text: string) => (ownToken ? log.redact(text).replace(ownToken, REDACTED) : log.redact(text));

    const url = intercomUrl(baseUrl, request);
    if (!url) return { kind: 'failure', error: proxyFailures.unsafePath, cause: 'unsafe_path' };

    let rateLimitRetries = 0;
    let serverRetries = 0;
    for (let attemptNumber = 1; ; attemptNumber += 1) {
      let release;
      try {
        release = await deps.limiter.acquire(signal);
      } catch (error) {
        if (!(error instanceof LimiterBusyError)) return cancelled();
        log(`intercom ${label} not sent: ${error.reason === 'full' ? 'the queue is full' : 'it waited too long for a slot'} (attempt ${attemptNumber})`);
        const seconds = retryAfterSeconds(error.retryAfterMs);
        const message = error.reason === 'full' ? proxyFailures.busy(seconds) : proxyFailures.waitedTooLong(seconds);
        return { kind: 'failure', error: message, cause: 'busy', retryAfterMs: error.retryAfterMs };
      }
      const started = Date.now();
      if (trace) trace.attempts = attemptNumber;
      let attempt: Attempt;
      try {
        attempt = await send(deps.client, url, request, token, { timeoutMs, maxResponseBytes }, redactAnswer);
      } finally {
        release();
      }
      const took = Date.now() - started;

      if (attempt.kind === 'timeout') {
        log(`intercom ${label} timed out after ${took} ms (attempt ${attemptNumber})`);
        return { kind: 'failure', error: proxyFailures.timeout(timeoutMs, write), cause: 'timeout' };
      }
      if (attempt.kind === 'too_large') {
        // Not retried: the same request would get the same answer.
        log(`intercom ${label} answered more than ${maxResponseBytes} bytes; not read (attempt ${attemptNumber})`);
        return { kind: 'failure', error: proxyFailures.tooLarge(maxResponseBytes, write), cause: 'too_large' };
      }
      if (attempt.kind === 'network') {
        log(`intercom ${label} connection failed: ${attempt.detail} (attempt ${attemptNumber})`);
        if (!write && serverRetries < 1 && !signal?.aborted) {
          serverRetries += 1;
          if (!(await pause(retry.serverErrorRetryDelayMs, signal))) return cancelled();
          continue;
        }
        return { kind: 'failure', error: proxyFailures.unreachable(write), cause: 'network' };
      }

      const { response } = attempt;
      if (trace) {
        trace.status = response.status;
        const requestId = intercomRequestId(response.headers);
        if (requestId === undefined) delete trace.requestId;
        else trace.requestId = requestId;
      }
      // A run's record says as much of a call that went well the first time; anything else gets its line.
      if (!(deps.settings.recordsRuns && trace && attemptNumber === 1 && response.status < 400)) log(`intercom ${label} -> ${response.status} (${took} ms, attempt ${attemptNumber})`);
      deps.limiter.observe(parseRateLimitHeaders(response.headers));

      if (response.status === 429) {
        const waitMs = rateLimitDelayMs(response.headers, Date.now()) ?? retry.fallbackRateLimitWaitMs * 2 ** rateLimitRetries;
        // The limit is the whole app's: everyone waits, not only this request.
        deps.limiter.pauseUntil(Date.now() + waitMs);
        if (!write && rateLimitRetries < retry.maxRateLimitRetries && waitMs <= retry.maxRateLimitWaitMs && !signal?.aborted) {
          rateLimitRetries += 1;
          log(`intercom ${label} rate limited; retrying in ${waitMs} ms (${rateLimitRetries}/${retry.maxRateLimitRetries})`);
          continue;
        }
        return attempt;
      }
      if (response.status >= 500 && !write && serverRetries < 1 && !signal?.aborted) {
        serverRetries += 1;
        if (!(await pause(retry.serverErrorRetryDelayMs, signal))) return cancelled();
        continue;
      }
      return attempt;
    }
  };
}

/** Intercom's id of a request (`X-Request-Id`, or `Request-Id`), when it looks like one: it goes into log lines. */
export function intercomRequestId(headers: Record<string, string>): string | undefined {
  const value = headers['x-request-id'] ?? headers['request-id'];
  return value !== undefined && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : undefined;
}

function cancelled(): IntercomCallResult {
  return { kind: 'failure', error: proxyFailures.cancelled, cause: 'cancelled' };
}

async function pause(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  try {
    await sleep(ms, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * The full URL of a request under the configured base URL, or undefined when URL parsing would change
 * the path (a `.`/`..` segment, even percent-encoded, would otherwise move the request elsewhere).
 */
export function intercomUrl(baseUrl: string | URL, request: Pick<IntercomRequest, 'path' | 'query'>): URL | undefined {
  if (!request.path.startsWith('/') || request.path.startsWith('//')) return undefined;
  const base = typeof baseUrl === 'string' ? new URL(baseUrl) : baseUrl;
  const expectedPath = base.pathname.replace(/\/+$/, '') + request.path;
  let url: URL;
  try {
    url = new URL(expectedPath, base.origin);
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin || url.pathname !== expectedPath || url.search !== '' || url.hash !== '') return undefined;
  for (const [name, value] of Object.entries(request.query)) url.searchParams.set(name, value);
  return url;
}

async function send(
  client: IntercomHttpClient,
  url: URL,
  request: IntercomRequest,
  token: string,
  limits: { timeoutMs: number; maxResponseBytes: number },
  redact: (text: string) => string,
): Promise<Attempt> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  headers.authorization = `Bearer ${token}`;
  headers['intercom-version'] = INTERCOM_API_VERSION;
  headers.accept = 'application/json';
  if (request.body === undefined) delete headers['content-type'];
  else headers['content-type'] = 'application/json';
  try {
    const answer = await client.send({
      method: request.method,
      url,
      headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      ...limits,
    });
    // A client that does not keep the limit still never hands a larger answer on.
    if (answer.body.length > limits.maxResponseBytes) return { kind: 'too_large' };
    const responseHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(answer.headers)) responseHeaders[name] = redact(value);
    return { kind: 'response', response: { status: answer.status, body: parseBody(redact(answer.body)), headers: responseHeaders } };
  } catch (error) {
    if (isTimeoutError(error)) return { kind: 'timeout' };
    if (isResponseTooLargeError(error)) return { kind: 'too_large' };
    return { kind: 'network', detail: redact(describeNetworkError(error)) };
  }
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const codeOf = (value: unknown) => (value && typeof value === 'object' && 'code' in value && typeof value.code === 'string' ? value.code : undefined);
  return codeOf((error as Error & { cause?: unknown }).cause) ?? codeOf(error) ?? error.message;
}

import { FETCH_ALL_TIME_LIMIT_MS } from '../definition/limits.js';
import { fetchAllPaging } from '../definition/paging-fields.js';
import { findOperation } from '../definition/visibility.js';
import type { TicketTypeInfo } from '../schemas/ticket-type.js';
import type { DataAttributeInfo } from '../schemas/data-attribute.js';
import type { BlockOutputs, ConnectionState, IntercomConfig, IntercomRegion } from '../types.js';
import type { AdminSummary, BlockTransport, ExecuteOptions, OAuthStart, TagSummary, TeamSummary, TicketStateSummary, TokenConnection } from './block-transport.js';
import { formatDuration } from './format-duration.js';

/** Options of `createProxyTransport`. */
export interface ProxyTransportOptions {
  /** Base URL of the block proxy, e.g. `https://workflows.example.com/api` (the `/v1/intercom/...` paths are added). */
  url: string;
  /** The proxy's API key, sent as `Authorization: Bearer <apiKey>` (never an Intercom token). */
  apiKey: string;
  /** A fetch to use instead of the global one (tests, SSR). */
  fetch?: typeof fetch;
  /** How long to wait for one answer, in milliseconds. Default 30 000 (the proxy itself gives up on Intercom sooner). */
  timeoutMs?: number;
}

/** Default wait for one proxy answer. */
export const DEFAULT_PROXY_TIMEOUT_MS = 30_000;

/** A call to the proxy that did not give a usable answer; the message says why in words. */
export class ProxyRequestError extends Error {
  override readonly name = 'ProxyRequestError';
  /** What went wrong: no answer, too slow, cancelled, an answer that is not JSON, or an HTTP error status. */
  readonly reason: 'network' | 'timeout' | 'cancelled' | 'not_json' | 'status' | 'shape';
  /** The HTTP status, when the proxy answered. */
  readonly status: number | undefined;
  /** The proxy's own `error`, when its answer had one. */
  readonly said: string | undefined;
  /** Problems with named fields of the request (e.g. `accessToken`), when the proxy listed them. */
  readonly issues: readonly { field: string; message: string }[];

  constructor(message: string, reason: ProxyRequestError['reason'], status?: number, said?: string, issues: readonly { field: string; message: string }[] = []) {
    super(message);
    this.reason = reason;
    this.status = status;
    this.said = said;
    this.issues = issues;
  }
}

/** A `BlockTransport` over HTTP that also connects and disconnects the caller's Intercom. */
export type ProxyTransport = BlockTransport & Required<Pick<BlockTransport, 'startOAuth' | 'connectWithToken' | 'disconnect'>>;

/**
 * A `BlockTransport` over the block proxy's HTTP protocol (JSON, `Authorization: Bearer <apiKey>`):
 * `POST /v1/intercom/execute`, `GET /v1/intercom/connection`, and the picker lists `GET /v1/intercom/ticket-types`,
 * `/admins`, `/teams`, `/tags`, `/data-attributes` and `/ticket-states`.
 * @param options - the proxy URL and key, and optionally a fetch and a timeout.
 * @returns a transport whose `execute` never rejects (failures are `{ success: false, error }`) and whose
 *   other calls reject with a `ProxyRequestError` that says what went wrong.
 * @example
 * const transport = createProxyTransport({ url: 'http://127.0.0.1:8787', apiKey: 'dev-key' });
 * const outputs = await transport.execute({ resource: 'admin', operation: 'list' });
 */
export function createProxyTransport(options: ProxyTransportOptions): ProxyTransport {
  const base = options.url.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROXY_TIMEOUT_MS;
  // Called through a wrapper: a bare `window.fetch` stored on an object throws "Illegal invocation" in browsers.
  const send: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function call(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
    extraHeaders: Record<string, string> = {},
    waitMs = timeoutMs,
  ): Promise<{ status: number; body: unknown }> {
    const url = `${base}${path}`;
    if (signal?.aborted) throw new ProxyRequestError('The request to the block proxy was cancelled.', 'cancelled');
    const controller = new AbortController();
    let timedOut = false;
    const stop = new Promise<never>((_resolve, reject) => {
      controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
    });
    stop.catch(() => undefined);
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, waitMs);
    const forwardAbort = () => controller.abort();
    signal?.addEventListener('abort', forwardAbort, { once: true });
    let status: number;
    let text: string;
    try {
      const headers: Record<string, string> = { Authorization: `Bearer ${options.apiKey}`, Accept: 'application/json', ...extraHeaders };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const init: RequestInit = { method, headers, signal: controller.signal };
      if (body !== undefined) init.body = JSON.stringify(body);
      // Raced against the abort so that a fetch that ignores its signal cannot hang the run.
      const response = await Promise.race([send(url, init), stop]);
      status = response.status;
      text = await Promise.race([response.text(), stop]);
    } catch (error) {
      if (timedOut) throw new ProxyRequestError(`The block proxy at ${base} did not answer within ${formatDuration(waitMs)}.`, 'timeout');
      if (signal?.aborted) throw new ProxyRequestError('The request to the block proxy was cancelled.', 'cancelled');
      throw new ProxyRequestError(`Could not reach the block proxy at ${base}: ${(error as Error).message || String(error)}.`, 'network');
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ProxyRequestError(`The block proxy answered HTTP ${status} with something that is not JSON: "${excerpt(text)}".`, 'not_json', status);
    }
    if (status < 200 || status >= 300) throw new ProxyRequestError(statusMessage(status, parsed), 'status', status, errorSaid(parsed), fieldIssues(parsed));
    return { status, body: parsed };
  }

  async function getList<T>(path: string, key: string, what: string, signal: AbortSignal | undefined): Promise<T[]> {
    const { body } = await call('GET', path, undefined, signal);
    const list = isObject(body) ? body[key] : undefined;
    if (!Array.isArray(list)) throw new ProxyRequestError(`The block proxy's answer has no list of ${what} ("${key}").`, 'shape');
    return list as T[];
  }

  return {
    async execute(config: IntercomConfig, signal?: AbortSignal, run?: ExecuteOptions): Promise<BlockOutputs> {
      try {
        const key = run?.idempotencyKey;
        // Fetch every page: the proxy follows pages for up to its own time limit, and says so itself before this gives up.
        const waitMs = fetchAllPaging(config, findOperation(config.resource, config.operation)) ? Math.max(timeoutMs, FETCH_ALL_TIME_LIMIT_MS + 10_000) : timeoutMs;
        const { body } = await call('POST', '/v1/intercom/execute', { config }, signal, key === undefined ? {} : { 'Idempotency-Key': key }, waitMs);
        if (!isObject(body) || typeof body.success !== 'boolean') {
          return { success: false, error: 'The block proxy answered with something that is not block outputs (no true/false "success").' };
        }
        const outputs = body as unknown as BlockOutputs;
        if (!outputs.success && (typeof outputs.error !== 'string' || outputs.error === '')) {
          return { ...outputs, error: 'The block proxy reported a failure without saying why.' };
        }
        return outputs;
      } catch (error) {
        // A run the proxy refused or could not complete: its own words already say what happened and what to do.
        if (error instanceof ProxyRequestError && error.said !== undefined && RUN_FAILURE_STATUSES.has(error.status ?? 0)) {
          return { success: false, error: error.said };
        }
        const message = error instanceof Error ? error.message : String(error);
        // A write that timed out may still have reached Intercom; say so rather than invite a blind retry.
        const mayHaveRun = error instanceof ProxyRequestError && error.reason === 'timeout' && findOperation(config.resource, config.operation)?.write === true;
        return { success: false, error: mayHaveRun ? `${message} The operation may still have been carried out in Intercom; check before running it again.` : message };
      }
    },
    async connection(signal?: AbortSignal): Promise<ConnectionState> {
      const { body } = await call('GET', '/v1/intercom/connection', undefined, signal);
      return connectionState(body);
    },
    async startOAuth(start?: { region?: IntercomRegion }, signal?: AbortSignal): Promise<OAuthStart> {
      const { body } = await call('POST', '/v1/intercom/oauth/start', start?.region === undefined ? {} : { region: start.region }, signal);
      if (!isObject(body) || typeof body.authorizeUrl !== 'string' || !/^https?:\/\//.test(body.authorizeUrl)) {
        throw new ProxyRequestError('The block proxy\'s answer has no consent page address ("authorizeUrl").', 'shape');
      }
      return { authorizeUrl: body.authorizeUrl };
    },
    async connectWithToken(connection: TokenConnection, signal?: AbortSignal): Promise<ConnectionState> {
      const { body } = await call('POST', '/v1/intercom/connections/token', { accessToken: connection.accessToken, region: connection.region }, signal);
      return connectionState(body);
    },
    async disconnect(signal?: AbortSignal): Promise<ConnectionState> {
      const { body } = await call('DELETE', '/v1/intercom/connection', undefined, signal);
      return connectionState(body);
    },
    ticketTypes: (signal?: AbortSignal) => getList<TicketTypeInfo>('/v1/intercom/ticket-types', 'ticketTypes', 'ticket types', signal),
    admins: (signal?: AbortSignal) => getList<AdminSummary>('/v1/intercom/admins', 'admins', 'admins', signal),
    teams: (signal?: AbortSignal) => getList<TeamSummary>('/v1/intercom/teams', 'teams', 'teams', signal),
    tags: (signal?: AbortSignal) => getList<TagSummary>('/v1/intercom/tags', 'tags', 'tags', signal),
    dataAttributes: (signal?: AbortSignal) => getList<DataAttributeInfo>('/v1/intercom/data-attributes', 'dataAttributes', 'custom attributes', signal),
    ticketStates: (signal?: AbortSignal) => getList<TicketStateSummary>('/v1/intercom/ticket-states', 'ticketStates', 'ticket states', signal),
  };
}

/**
 * Statuses the proxy answers a run with when it refused it (400, 413, 415, 422; 409 when the caller's Intercom is
 * not connected or needs a reconnect) or got no usable answer from Intercom (502, 503, 504); its `error` is then
 * the run's error as it stands. Other statuses (a wrong key, a wrong URL) are about the set-up, and are worded here.
 */
const RUN_FAILURE_STATUSES = new Set([400, 409, 413, 415, 422, 502, 503, 504]);

const connectionStatuses: readonly string[] = ['connected', 'not_connected', 'needs_reconnect'];

function connectionState(body: unknown): ConnectionState {
  if (!isObject(body) || typeof body.connected !== 'boolean' || typeof body.state !== 'string' || !connectionStatuses.includes(body.state)) {
    throw new ProxyRequestError('The block proxy\'s answer is not a connection state (no "state" and true/false "connected").', 'shape');
  }
  return { ...body, connectMethods: Array.isArray(body.connectMethods) ? body.connectMethods : [] } as unknown as ConnectionState;
}

function fieldIssues(body: unknown): { field: string; message: string }[] {
  if (!isObject(body) || !Array.isArray(body.issues)) return [];
  return body.issues.filter((issue): issue is { field: string; message: string } => isObject(issue) && typeof issue.field === 'string' && typeof issue.message === 'string');
}

function errorSaid(body: unknown): string | undefined {
  return isObject(body) && typeof body.error === 'string' && body.error !== '' ? body.error : undefined;
}

function statusMessage(status: number, body: unknown): string {
  const said = errorSaid(body);
  const detail = said === undefined ? '' : `: ${said}`;
  // The proxy words refusals about the connection (409) and the request's own fields (422) for the person.
  if ((status === 409 || status === 422) && said !== undefined) return said;
  if (status === 401) return `The block proxy refused its API key (HTTP 401)${detail}. Check the key the block is configured with.`;
  if (status === 403) return `The block proxy does not allow this call (HTTP 403)${detail}.`;
  if (status >= 500) return `The block proxy had a problem (HTTP ${status})${detail}. Try again in a moment.`;
  return `The block proxy answered HTTP ${status}${detail}.`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}


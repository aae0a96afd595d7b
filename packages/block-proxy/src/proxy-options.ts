import { FETCH_ALL_TIME_LIMIT_MS } from '@workflow-blocks/block-core';
import type { ConnectionStore } from './connections/connection-store.js';
import type { IdempotencySettings } from './idempotency/idempotent-runs.js';
import type { IdempotencyStore } from './idempotency/idempotency-store.js';
import type { IntercomHttpClient } from './intercom-http-client.js';
import type { IntercomOAuthOptions } from './oauth/oauth-flow.js';
import type { ProxyAuthenticator } from './proxy-caller.js';
import type { SharedProxyState } from './shared/shared-state.js';

/** The Intercom access token of one call; it never leaves the server. */
export interface IntercomCredentials {
  accessToken: string;
}

/** How fast the proxy calls Intercom (NOTES.md section 4: limits are spread over 10-second windows). */
export interface ProxyRateLimitOptions {
  /**
   * Most requests started per window. Default 1,666: Intercom's documented 10,000 calls/min for an app, in
   * 10-second windows. Intercom's `X-RateLimit-Limit` lowers it for apps with a smaller limit, and
   * `X-RateLimit-Remaining`/`Reset` pause calls before the window runs out.
   */
  requestsPerWindow?: number;
  /** Window length in ms. Default 10,000. */
  windowMs?: number;
  /** Most Intercom calls in flight at once. Default 20. */
  maxConcurrent?: number;
  /** Most calls waiting for a slot; one more is answered 503 with `Retry-After` at once. Default 1,000. */
  maxQueued?: number;
  /** Longest wait for a slot (e.g. through a pause after a 429); then 503 with `Retry-After`. Default 15,000 ms. */
  maxQueueWaitMs?: number;
}

/** When the proxy tries a read again (writes are never retried once sent). */
export interface ProxyRetryOptions {
  /** Times a read is retried after a 429 (each after Intercom's reset time). Default 3. */
  maxRateLimitRetries?: number;
  /** Longest wait for a rate-limit reset before giving up with the 429. Default 15,000 ms. */
  maxRateLimitWaitMs?: number;
  /** Wait after a 429 that names no reset time. Default 1,000 ms. */
  fallbackRateLimitWaitMs?: number;
  /** Wait before a read's one retry after a 5xx or a dropped connection. Default 250 ms. */
  serverErrorRetryDelayMs?: number;
}

/** How `Idempotency-Key` runs are kept (the protocol section of block-core's README). */
export interface ProxyIdempotencyOptions extends Partial<IdempotencySettings> {
  /**
   * Where keys and answers live. Default: this process's memory, right for one instance; several instances
   * share `createRedisIdempotencyStore` from `@workflow-blocks/block-proxy/node`.
   */
  store?: IdempotencyStore;
}

/**
 * One line per `POST /execute`, for logs that several instances share: never a token, a field value or an id
 * the caller typed (only the operation's name, statuses, counts and ids the proxy or Intercom made).
 */
export interface RunLogRecord {
  /** The request's id, also answered as `X-Request-Id` (the caller's own when it sent a well-formed one). */
  requestId: string;
  /** The proxy instance that served the run (`instanceId`). */
  instance: string;
  tenant: string;
  /** `resource.operation`, or `?` for a word that is not one. */
  operation: string;
  /** The proxy's answer. */
  status: number;
  success: boolean;
  /** Intercom's status and request id, when Intercom answered. */
  intercomStatus?: number;
  intercomRequestId?: string;
  /** Calls sent to Intercom beyond the first (reads only: writes are sent once). */
  retries: number;
  durationMs: number;
  /** What the run's `Idempotency-Key` did, when it had one. */
  idempotency?: 'ran' | 'replayed' | 'conflict' | 'in_progress' | 'unavailable' | 'unprotected';
}

/** Options of `createIntercomProxy`. */
export interface IntercomProxyOptions {
  /**
   * Says who is calling (`{ tenantId }`) or refuses (`undefined`): e.g. `bearerKeysAuthenticator({ acme: key })`
   * or the host's session check. Every connection, cache and limiter is the tenant's own.
   */
  authenticate: ProxyAuthenticator;
  /** Where connections live. Default: memory (lost on restart); `@workflow-blocks/block-proxy/node` has SQLite and PostgreSQL. */
  store?: ConnectionStore;
  /** Encrypts tokens at rest (AES-256-GCM): 32 random bytes in base64. */
  encryptionKey: string;
  /** Older keys that still decrypt; a token read with one is re-encrypted with `encryptionKey`. */
  previousEncryptionKeys?: readonly string[];
  /** An Intercom OAuth app: enables `POST /oauth/start` and `GET /oauth/callback`. Without it, tenants connect with a token. */
  oauth?: IntercomOAuthOptions;
  /**
   * Another Intercom-compatible server for every region (the sandbox, a test double). Only ever from
   * configuration; without it each connection's region decides the host.
   */
  baseUrl?: string;
  /** Reported by `/connection`: `sandbox` for the embedded emulator. Default `intercom`. */
  mode?: 'sandbox' | 'intercom';
  /** Origins allowed to call from a browser (`*` for any). Default: none. */
  allowedOrigins?: readonly string[] | '*';
  /** Path prefix the handler is mounted under, e.g. `/api`. Default: none. */
  basePath?: string;
  /**
   * How the proxy reaches Intercom. Default: `fetchHttpClient(options.fetch)`, which runs on any host. On Node,
   * `createNodeHttpClient()` from `@workflow-blocks/block-proxy/node` uses about a third of the CPU per call.
   */
  httpClient?: IntercomHttpClient;
  /** The fetch the default client uses (e.g. a test double). Default: the global fetch. Not with `httpClient`. */
  fetch?: typeof fetch;
  /** Time limit of each Intercom call, in ms. Default 10,000. */
  timeoutMs?: number;
  /** Largest accepted request body, in bytes (413 above). Default 256 KiB. */
  maxBodyBytes?: number;
  /**
   * Largest answer read from Intercom, in bytes. A larger one is not read: that call fails (502) with a clear
   * error and the proxy keeps serving. Default 5 MiB (a page of 150 contacts is well under 1 MiB).
   */
  maxResponseBytes?: number;
  /**
   * Fetch every page: how long one run may keep following Intercom's pages, in ms (each page is still one call with
   * its own `timeoutMs`, limiter slot and retries). Default 120,000 (block-core's `FETCH_ALL_TIME_LIMIT_MS`, which the
   * proxy transport and `runBlock` wait past).
   */
  fetchAllTimeoutMs?: number;
  /**
   * Fetch every page: the most bytes of Intercom's answers one run gathers (the sum over its pages; each page is also
   * held to `maxResponseBytes`). Raised on purpose above `maxResponseBytes`: 10,000 contacts are about 20 MiB. Past it the
   * run fails (502) and nothing is returned. Default 32 MiB.
   */
  maxFetchAllBytes?: number;
  /** How long `GET /me` and the editor's pickers (ticket types, admins) are cached, in ms. Default 30,000. */
  cacheMs?: number;
  rateLimit?: ProxyRateLimitOptions;
  retry?: ProxyRetryOptions;
  /**
   * State shared by several instances (`createRedisSharedState` from `@workflow-blocks/block-proxy/node`): one rate
   * limit per Intercom workspace, tokens Intercom rejected, cache versions, OAuth states. Default: none, each
   * instance keeps its own in memory.
   */
  shared?: SharedProxyState;
  /** Where log lines go; tokens are stripped from every line. Default: nowhere. */
  log?: (line: string) => void;
  /** Receives one record per run (e.g. `(record) => pino.info(record, 'run')`). Default: nowhere. */
  logRun?: (record: RunLogRecord) => void;
  /** Names this instance in run records. Default: a random id made at creation. */
  instanceId?: string;
  idempotency?: ProxyIdempotencyOptions;
}

/** The options with every default applied. */
export interface ResolvedProxySettings {
  timeoutMs: number;
  fetchAllTimeoutMs: number;
  maxFetchAllBytes: number;
  maxBodyBytes: number;
  maxResponseBytes: number;
  cacheMs: number;
  rateLimit: Required<ProxyRateLimitOptions>;
  retry: Required<ProxyRetryOptions>;
  idempotency: IdempotencySettings;
  /** Each run has its record (`logRun`): a run's call that went well the first time needs no log line of its own. */
  recordsRuns: boolean;
}

export const proxyDefaults: ResolvedProxySettings = {
  timeoutMs: 10_000,
  fetchAllTimeoutMs: FETCH_ALL_TIME_LIMIT_MS,
  maxFetchAllBytes: 32 * 1024 * 1024,
  maxBodyBytes: 256 * 1024,
  maxResponseBytes: 5 * 1024 * 1024,
  cacheMs: 30_000,
  rateLimit: { requestsPerWindow: 1666, windowMs: 10_000, maxConcurrent: 20, maxQueued: 1_000, maxQueueWaitMs: 15_000 },
  retry: { maxRateLimitRetries: 3, maxRateLimitWaitMs: 15_000, fallbackRateLimitWaitMs: 1_000, serverErrorRetryDelayMs: 250 },
  // A day of answers; a lease well past one call's time limit (renewed while the run lasts); a repeat waits about
  // as long as a call may take, well within the block's own 30 s transport limit.
  idempotency: { ttlMs: 24 * 60 * 60 * 1000, leaseMs: 30_000, waitMs: 10_000, storeTimeoutMs: 1_000, unavailableRetryAfterMs: 5_000, maxKeptReadBytes: 256 * 1024 },
  recordsRuns: false,
};

/** Applies the defaults and checks the numbers, so a misconfiguration fails at start-up, not on a run. */
export function resolveProxySettings(options: IntercomProxyOptions): ResolvedProxySettings {
  const settings: ResolvedProxySettings = {
    timeoutMs: options.timeoutMs ?? proxyDefaults.timeoutMs,
    fetchAllTimeoutMs: options.fetchAllTimeoutMs ?? proxyDefaults.fetchAllTimeoutMs,
    maxFetchAllBytes: options.maxFetchAllBytes ?? proxyDefaults.maxFetchAllBytes,
    maxBodyBytes: options.maxBodyBytes ?? proxyDefaults.maxBodyBytes,
    maxResponseBytes: options.maxResponseBytes ?? proxyDefaults.maxResponseBytes,
    cacheMs: options.cacheMs ?? proxyDefaults.cacheMs,
    rateLimit: { ...proxyDefaults.rateLimit, ...definedOnly(options.rateLimit) },
    retry: { ...proxyDefaults.retry, ...definedOnly(options.retry) },
    idempotency: { ...proxyDefaults.idempotency, ...definedOnly(withoutStore(options.idempotency)) },
    recordsRuns: options.logRun !== undefined,
  };
  const numbers: [string, number][] = [
    ['timeoutMs', settings.timeoutMs],
    ['fetchAllTimeoutMs', settings.fetchAllTimeoutMs],
    ['maxFetchAllBytes', settings.maxFetchAllBytes],
    ['maxBodyBytes', settings.maxBodyBytes],
    ['maxResponseBytes', settings.maxResponseBytes],
    ['cacheMs', settings.cacheMs],
    ...Object.entries(settings.rateLimit).map(([k, v]): [string, number] => [`rateLimit.${k}`, v]),
    ...Object.entries(settings.retry).map(([k, v]): [string, number] => [`retry.${k}`, v]),
    ...Object.entries(idempotencyNumbers(settings.idempotency)).map(([k, v]): [string, number] => [`idempotency.${k}`, v]),
  ];
  for (const [name, value] of numbers) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`Proxy option ${name} must be a number of at least 0, not ${String(value)}.`);
  }
  for (const [name, value] of Object.entries(idempotencyNumbers(settings.idempotency))) {
    if (value < 1) throw new Error(`Proxy option idempotency.${name} must be at least 1 ms, not ${String(value)}.`);
  }
  return settings;
}

/** The idempotency settings by name, to check each (every one is a duration in ms). */
function idempotencyNumbers(settings: IdempotencySettings): Record<string, number> {
  return { ...settings };
}

function withoutStore(options: ProxyIdempotencyOptions | undefined): Partial<IdempotencySettings> | undefined {
  if (!options) return undefined;
  const { store: _store, ...settings } = options;
  return settings;
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

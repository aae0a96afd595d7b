import type { ConnectionStore } from './connections/connection-store.js';
import type { IntercomHttpClient } from './intercom-http-client.js';
import type { IntercomOAuthOptions } from './oauth/oauth-flow.js';
import type { ProxyAuthenticator } from './proxy-caller.js';

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
  /** How long `GET /me` and the editor's pickers (ticket types, admins) are cached, in ms. Default 30,000. */
  cacheMs?: number;
  rateLimit?: ProxyRateLimitOptions;
  retry?: ProxyRetryOptions;
  /** Where log lines go; tokens are stripped from every line. Default: nowhere. */
  log?: (line: string) => void;
}

/** The options with every default applied. */
export interface ResolvedProxySettings {
  timeoutMs: number;
  maxBodyBytes: number;
  maxResponseBytes: number;
  cacheMs: number;
  rateLimit: Required<ProxyRateLimitOptions>;
  retry: Required<ProxyRetryOptions>;
}

export const proxyDefaults: ResolvedProxySettings = {
  timeoutMs: 10_000,
  maxBodyBytes: 256 * 1024,
  maxResponseBytes: 5 * 1024 * 1024,
  cacheMs: 30_000,
  rateLimit: { requestsPerWindow: 1666, windowMs: 10_000, maxConcurrent: 20, maxQueued: 1_000, maxQueueWaitMs: 15_000 },
  retry: { maxRateLimitRetries: 3, maxRateLimitWaitMs: 15_000, fallbackRateLimitWaitMs: 1_000, serverErrorRetryDelayMs: 250 },
};

/** Applies the defaults and checks the numbers, so a misconfiguration fails at start-up, not on a run. */
export function resolveProxySettings(options: IntercomProxyOptions): ResolvedProxySettings {
  const settings: ResolvedProxySettings = {
    timeoutMs: options.timeoutMs ?? proxyDefaults.timeoutMs,
    maxBodyBytes: options.maxBodyBytes ?? proxyDefaults.maxBodyBytes,
    maxResponseBytes: options.maxResponseBytes ?? proxyDefaults.maxResponseBytes,
    cacheMs: options.cacheMs ?? proxyDefaults.cacheMs,
    rateLimit: { ...proxyDefaults.rateLimit, ...definedOnly(options.rateLimit) },
    retry: { ...proxyDefaults.retry, ...definedOnly(options.retry) },
  };
  const numbers: [string, number][] = [
    ['timeoutMs', settings.timeoutMs],
    ['maxBodyBytes', settings.maxBodyBytes],
    ['maxResponseBytes', settings.maxResponseBytes],
    ['cacheMs', settings.cacheMs],
    ...Object.entries(settings.rateLimit).map(([k, v]): [string, number] => [`rateLimit.${k}`, v]),
    ...Object.entries(settings.retry).map(([k, v]): [string, number] => [`retry.${k}`, v]),
  ];
  for (const [name, value] of numbers) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`Proxy option ${name} must be a number of at least 0, not ${String(value)}.`);
  }
  return settings;
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

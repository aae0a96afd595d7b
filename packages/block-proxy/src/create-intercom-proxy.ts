import { ConnectionMonitor } from './connection-monitor.js';
import { createProxyApp } from './proxy-app.js';
import { fetchHttpClient } from './fetch-http-client.js';
import { createIntercomCaller, type IntercomCaller } from './intercom-caller.js';
import { resolveIntercomBaseUrl } from './intercom-base-url.js';
import { pickerListNames, pickerLists, type PickerListName } from './picker-lists.js';
import { resolveProxySettings, type IntercomProxyOptions } from './proxy-options.js';
import type { ProxyServices } from './proxy-services.js';
import { RequestLimiter } from './request-limiter.js';
import { loadPickerList } from './routes/picker-list.js';
import { createSecretRedactingLog } from './secret-redacting-log.js';
import { createTtlCache, type TtlCache } from './ttl-cache.js';

/** A web-standard handler: mount it in any host that speaks `Request -> Response`. */
export interface IntercomProxy {
  /** Answers one request; safe to pass around on its own (`serve({ fetch: proxy.fetch })`). */
  fetch: (request: Request) => Promise<Response>;
}

/**
 * Creates the Intercom block's server side: it authenticates the caller, accepts only the block's own
 * operations, re-validates each config with block-core, adds the Intercom token (which never leaves the
 * server), the region's base URL and `Intercom-Version`, and applies time limits, rate limiting and retries.
 *
 * Routes (under `basePath`): `POST /v1/intercom/execute` (`{ config }` -> block outputs),
 * `GET /v1/intercom/connection`, and the picker lists `GET /v1/intercom/ticket-types`, `/admins`, `/teams` and `/tags`.
 * @param options - the host's hooks and settings; see `IntercomProxyOptions`.
 * @returns `{ fetch }`, e.g. for `serve({ fetch: proxy.fetch })` from @hono/node-server.
 * @throws Error at creation when the region, base URL or a number is invalid, or both `httpClient` and `fetch` are given.
 * @example
 * const proxy = createIntercomProxy({
 *   authenticate: bearerKeyAuthenticator(process.env.PROXY_API_KEY!),
 *   credentials: () => ({ accessToken: process.env.INTERCOM_ACCESS_TOKEN! }),
 *   region: 'eu',
 * });
 * const response = await proxy.fetch(new Request('http://proxy/v1/intercom/connection', { headers }));
 */
export function createIntercomProxy(options: IntercomProxyOptions): IntercomProxy {
  const settings = resolveProxySettings(options);
  if (options.httpClient && options.fetch) throw new Error('Give the proxy either httpClient or fetch, not both.');
  const baseUrl = resolveIntercomBaseUrl({ ...(options.region ? { region: options.region } : {}), ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  const log = createSecretRedactingLog(options.log);
  // A pause never outlasts the longest rate-limit wait: after it, a read tries again and a write reports the 429.
  const limiter = new RequestLimiter({ ...settings.rateLimit, maxPauseMs: settings.retry.maxRateLimitWaitMs });
  const rawCall = createIntercomCaller({
    baseUrl,
    credentials: () => options.credentials(),
    client: options.httpClient ?? fetchHttpClient(options.fetch),
    limiter,
    settings,
    log,
  });
  const connection = new ConnectionMonitor({
    call: rawCall,
    mode: options.mode ?? 'intercom',
    ...(options.region ? { region: options.region } : options.baseUrl ? {} : { region: 'us' as const }),
    cacheMs: settings.cacheMs,
  });
  const call: IntercomCaller = async (request, callOptions) => {
    const result = await rawCall(request, callOptions);
    if (result.kind === 'response') {
      connection.record(result.response);
      // Lists read with a token Intercom now rejects should not outlive it.
      if (result.response.status === 401) for (const cache of Object.values(pickers)) cache.clear();
    }
    return result;
  };
  const pickers = Object.fromEntries(
    pickerListNames.map((name) => {
      const { intercomPath, read } = pickerLists[name];
      return [name, createTtlCache<unknown[]>(settings.cacheMs, () => loadPickerList(call, intercomPath, read))];
    }),
  ) as Record<PickerListName, TtlCache<unknown[]>>;
  const services: ProxyServices = { call, connection, pickers };
  const app = createProxyApp({ options, maxBodyBytes: settings.maxBodyBytes, services, log });
  return { fetch: async (request) => app.fetch(request) };
}

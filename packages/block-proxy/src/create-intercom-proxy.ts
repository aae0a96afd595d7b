import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { AdminSummary, TicketTypeInfo } from '@workflow-blocks/block-core';
import { ConnectionMonitor } from './connection-monitor.js';
import { createIntercomCaller, type IntercomCaller } from './intercom-caller.js';
import { resolveIntercomBaseUrl } from './intercom-base-url.js';
import { toAdminSummaries, toTicketTypes } from './picker-mapping.js';
import { resolveProxySettings, type IntercomProxyOptions } from './proxy-options.js';
import { proxyFailures } from './proxy-failures.js';
import type { ProxyServices } from './proxy-services.js';
import { RequestLimiter } from './request-limiter.js';
import { executeBlock } from './routes/execute-block.js';
import { loadPickerList } from './routes/picker-list.js';
import { createSecretRedactingLog } from './secret-redacting-log.js';
import { createTtlCache } from './ttl-cache.js';

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
 * `GET /v1/intercom/connection`, `GET /v1/intercom/ticket-types`, `GET /v1/intercom/admins`.
 * @param options - the host's hooks and settings; see `IntercomProxyOptions`.
 * @returns `{ fetch }`, e.g. for `serve({ fetch: proxy.fetch })` from @hono/node-server.
 * @throws Error at creation when the region, base URL or a number is invalid.
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
  const baseUrl = resolveIntercomBaseUrl({ ...(options.region ? { region: options.region } : {}), ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  const log = createSecretRedactingLog(options.log);
  // A pause never outlasts the longest rate-limit wait: after it, a read tries again and a write reports the 429.
  const limiter = new RequestLimiter({ ...settings.rateLimit, maxPauseMs: settings.retry.maxRateLimitWaitMs });
  const rawCall = createIntercomCaller({
    baseUrl,
    credentials: () => options.credentials(),
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
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
  const ticketTypes = createTtlCache<TicketTypeInfo[]>(settings.cacheMs, () => loadPickerList(call, '/ticket_types', toTicketTypes)());
  const admins = createTtlCache<AdminSummary[]>(settings.cacheMs, () => loadPickerList(call, '/admins', toAdminSummaries)());
  const call: IntercomCaller = async (request, callOptions) => {
    const result = await rawCall(request, callOptions);
    if (result.kind === 'response') {
      connection.record(result.response);
      if (result.response.status === 401) {
        ticketTypes.clear();
        admins.clear();
      }
    }
    return result;
  };
  const services: ProxyServices = { call, connection, ticketTypes, admins, settings, log };

  const app = new Hono().basePath(options.basePath ?? '/');
  const allowed = options.allowedOrigins ?? [];
  // Preflight is answered here, before authentication: browsers never send credentials with it.
  app.use(
    '*',
    cors({
      origin: (origin) => (allowed === '*' ? '*' : allowed.includes(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type'],
      maxAge: 600,
    }),
  );
  app.use('*', async (c, next) => {
    let allowedCaller = false;
    try {
      allowedCaller = await options.authenticate(c.req.raw);
    } catch (error) {
      log(`authenticate hook failed: ${error instanceof Error ? error.name : 'error'}`);
    }
    if (allowedCaller !== true) {
      log(`${c.req.method} ${new URL(c.req.url).pathname} -> 401 (caller not authenticated)`);
      return c.json({ success: false, error: proxyFailures.unauthenticated }, 401);
    }
    await next();
  });

  app.post(
    '/v1/intercom/execute',
    bodyLimit({
      maxSize: settings.maxBodyBytes,
      onError: (c) => c.json({ success: false, error: proxyFailures.bodyTooLarge(settings.maxBodyBytes) }, 413),
    }),
    async (c) => {
      const started = Date.now();
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return c.json({ success: false, error: proxyFailures.notJson }, 400);
      }
      const reply = await executeBlock(services, body, c.req.raw.signal);
      const key = operationKeyOf(body);
      log(`execute ${key} -> ${reply.outputs.success ? 'success' : 'failure'} (${Date.now() - started} ms)`);
      return c.json(reply.outputs, reply.status);
    },
  );

  app.get('/v1/intercom/connection', async (c) => c.json(await connection.state()));

  app.get('/v1/intercom/ticket-types', async (c) => {
    const result = await ticketTypes.get();
    return result.ok ? c.json({ ticketTypes: result.value }) : c.json({ success: false, error: result.error }, 502);
  });

  app.get('/v1/intercom/admins', async (c) => {
    const result = await admins.get();
    return result.ok ? c.json({ admins: result.value }) : c.json({ success: false, error: result.error }, 502);
  });

  app.notFound((c) => c.json({ success: false, error: proxyFailures.notFound }, 404));
  app.onError((error, c) => {
    log(`unexpected error: ${log.redact(error instanceof Error ? `${error.name}: ${error.message}` : String(error))}`);
    return c.json({ success: false, error: proxyFailures.unexpected }, 500);
  });

  return { fetch: async (request) => app.fetch(request) };
}

/** `resource.operation` for a log line, only when both are short plain words (never user data). */
function operationKeyOf(body: unknown): string {
  const config = body !== null && typeof body === 'object' ? (body as { config?: { resource?: unknown; operation?: unknown } }).config : undefined;
  const word = (value: unknown) => (typeof value === 'string' && /^[a-z]{1,20}$/.test(value) ? value : '?');
  return `${word(config?.resource)}.${word(config?.operation)}`;
}

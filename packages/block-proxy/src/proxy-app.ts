import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { IntercomCallFailure } from './intercom-caller.js';
import { renderCallbackPage } from './oauth/callback-page.js';
import { pickerListNames, pickerLists } from './picker-lists.js';
import type { ProxyCaller } from './proxy-caller.js';
import type { IntercomProxyOptions } from './proxy-options.js';
import { proxyFailures } from './proxy-failures.js';
import { failureStatus, retryAfterSeconds } from './proxy-status.js';
import { proxyCors } from './proxy-cors.js';
import type { ProxyServices } from './proxy-services.js';
import { connectWithToken, readRegionChoice } from './routes/connect-routes.js';
import { executeBlock } from './routes/execute-block.js';
import type { SecretRedactingLog } from './secret-redacting-log.js';

export interface ProxyAppParts {
  options: Pick<IntercomProxyOptions, 'authenticate' | 'allowedOrigins' | 'basePath'>;
  maxBodyBytes: number;
  services: ProxyServices;
  log: SecretRedactingLog;
}

type ProxyEnv = { Variables: { caller: ProxyCaller } };

/**
 * The proxy's HTTP surface: CORS (preflight before authentication), the OAuth callback (identified by its
 * `state` alone), the caller check, then the caller's routes. Every answer but the callback page is JSON;
 * every failure is `{ success: false, error }` with a status that says what happened (the protocol section of
 * block-core's README).
 */
export function createProxyApp({ options, maxBodyBytes, services, log }: ProxyAppParts): Hono<ProxyEnv> {
  const app = new Hono<ProxyEnv>().basePath(options.basePath ?? '/');
  const allowedOrigins = options.allowedOrigins ?? [];
  // Answers that carry anything Intercom said: the token is stripped from the final text, in every form,
  // after block-core has decoded what it quotes (a percent-encoded Link header, JSON escapes).
  const answer = (c: Context<ProxyEnv>, value: unknown, status: ContentfulStatusCode = 200) =>
    c.body(log.redact(JSON.stringify(value)), status, { 'Content-Type': 'application/json' });

  // Preflight is answered here, before authentication: browsers never send credentials with it.
  app.use('*', proxyCors(allowedOrigins));

  // Liveness for process supervisors: says nothing about Intercom and needs no key.
  app.get('/v1/intercom/health', (c) => c.json({ ok: true }));

  // Reached by the browser from Intercom's consent page: the single-use state says whose connection it is.
  app.get('/v1/intercom/oauth/callback', async (c) => {
    const outcome = services.oauth
      ? await services.oauth.callback(new URL(c.req.url).searchParams)
      : { ok: false, status: 404 as const, title: 'Intercom was not connected', message: proxyFailures.noOAuth };
    log(`GET /v1/intercom/oauth/callback -> ${outcome.status}`);
    const page = renderCallbackPage(outcome, allowedOrigins);
    return c.body(log.redact(page.html), outcome.status, page.headers);
  });

  app.use('*', async (c, next) => {
    let caller: ProxyCaller | null | undefined | false;
    try {
      caller = await options.authenticate(c.req.raw);
    } catch (error) {
      log(`authenticate hook failed: ${error instanceof Error ? error.name : 'error'}`);
    }
    if (!caller || typeof caller.tenantId !== 'string' || caller.tenantId === '') {
      log(`${c.req.method} ${new URL(c.req.url).pathname} -> 401 (caller not authenticated)`);
      return c.json({ success: false, error: proxyFailures.unauthenticated }, 401);
    }
    c.set('caller', { tenantId: caller.tenantId });
    await next();
  });

  const tenantOf = (c: Context<ProxyEnv>) => services.tenants.get(c.get('caller').tenantId);
  // Only JSON: a text/plain, form or multipart body is what a cross-site page can send without a preflight.
  const jsonOnly = (optional: boolean): MiddlewareHandler => async (c, next) => {
    const bodyless = optional && (c.req.header('content-length') === '0' || (c.req.header('content-length') === undefined && c.req.header('transfer-encoding') === undefined));
    if (!bodyless && !isJsonContentType(c.req.header('content-type'))) return c.json({ success: false, error: proxyFailures.notJsonType }, 415);
    await next();
  };
  const limitBody = bodyLimit({ maxSize: maxBodyBytes, onError: (c) => c.json({ success: false, error: proxyFailures.bodyTooLarge(maxBodyBytes) }, 413) });

  app.post('/v1/intercom/execute', jsonOnly(false), limitBody, async (c) => {
    const started = Date.now();
    const body = await readJson(c);
    if (!body.ok) return c.json({ success: false, error: proxyFailures.notJson }, 400);
    const reply = await executeBlock(tenantOf(c), body.value, c.req.raw.signal);
    log(`execute ${operationKeyOf(body.value)} -> ${reply.status} ${reply.outputs.success ? 'success' : 'failure'} (${Date.now() - started} ms)`);
    if (reply.status !== 200 && reply.retryAfterMs !== undefined) c.header('Retry-After', retryAfterSeconds(reply.retryAfterMs));
    return answer(c, reply.outputs, reply.status);
  });

  app.get('/v1/intercom/connection', async (c) => answer(c, await tenantOf(c).state()));

  app.delete('/v1/intercom/connection', async (c) => {
    const tenant = tenantOf(c);
    const had = await services.vault.disconnect(tenant.tenantId);
    tenant.forget();
    log(`connection of tenant ${tenant.tenantId}: ${had ? 'disconnected' : 'disconnect asked, none stored'}`);
    return answer(c, await tenant.state());
  });

  app.post('/v1/intercom/connections/token', jsonOnly(false), limitBody, async (c) => {
    const body = await readJson(c);
    if (!body.ok) return c.json({ success: false, error: proxyFailures.notJsonConnection }, 400);
    const reply = await connectWithToken(services, tenantOf(c), body.value);
    log(`connection of tenant ${c.get('caller').tenantId}: token ${reply.status === 200 ? 'checked and stored' : `refused -> ${reply.status}`}`);
    return answer(c, reply.body, reply.status);
  });

  app.post('/v1/intercom/oauth/start', jsonOnly(true), limitBody, async (c) => {
    if (!services.oauth) return c.json({ success: false, error: proxyFailures.noOAuth }, 404);
    const body = await readJson(c, {});
    if (!body.ok) return c.json({ success: false, error: proxyFailures.notJsonOAuth }, 400);
    const choice = readRegionChoice(body.value);
    if (!choice.ok) return c.json({ success: false, error: choice.error, issues: [{ field: 'region', message: choice.error }] }, 400);
    const tenant = tenantOf(c);
    const authorizeUrl = await services.oauth.start(tenant.tenantId, choice.region);
    log(`connection of tenant ${tenant.tenantId}: OAuth started`);
    return c.json({ authorizeUrl });
  });

  // Picker lists: 409 without a usable connection (nothing is sent); 502/503/504 when Intercom gave no list.
  for (const name of pickerListNames) {
    app.get(`/v1/intercom/${name}`, async (c) => {
      const tenant = tenantOf(c);
      const target = await tenant.target();
      if (!target.ok) return c.json({ success: false, error: target.error }, 409);
      const result = await tenant.pickers[name].get();
      return result.ok ? answer(c, { [pickerLists[name].key]: result.value }) : pickerFailure(c, result, answer);
    });
  }

  // A known route asked with another method: 405 with the methods it answers.
  for (const [path, allowed] of Object.entries(routeMethods)) {
    app.all(path, (c) => {
      c.header('Allow', allowed);
      return c.json({ success: false, error: proxyFailures.methodNotAllowed(allowed) }, 405);
    });
  }

  app.notFound((c) => c.json({ success: false, error: proxyFailures.notFound }, 404));
  app.onError((error, c) => {
    log(`unexpected error: ${log.redact(error instanceof Error ? `${error.name}: ${error.message}` : String(error))}`);
    return c.json({ success: false, error: proxyFailures.unexpected }, 500);
  });
  return app;
}

/** The routes and the methods each answers (HEAD comes with GET). */
const routeMethods: Record<string, string> = {
  '/v1/intercom/health': 'GET, HEAD',
  '/v1/intercom/execute': 'POST',
  '/v1/intercom/connection': 'GET, HEAD, DELETE',
  '/v1/intercom/connections/token': 'POST',
  '/v1/intercom/oauth/start': 'POST',
  '/v1/intercom/oauth/callback': 'GET, HEAD',
  ...Object.fromEntries(pickerListNames.map((name) => [`/v1/intercom/${name}`, 'GET, HEAD'])),
};

/** `application/json`, with or without parameters such as `charset`. */
export function isJsonContentType(header: string | undefined): boolean {
  return header !== undefined && /^\s*application\/json\s*(;|$)/i.test(header);
}

/** The body as JSON; an empty body is `empty` when one is given (routes whose body is optional). */
async function readJson(c: Context<ProxyEnv>, empty?: unknown): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await c.req.text();
  if (text.trim() === '' && empty !== undefined) return { ok: true, value: empty };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A picker list Intercom did not give: 504 when it timed out, 503 when the proxy is busy, 502 otherwise. */
function pickerFailure(
  c: Context<ProxyEnv>,
  failure: { error: string; cause?: IntercomCallFailure['cause']; retryAfterMs?: number },
  answer: (c: Context<ProxyEnv>, value: unknown, status: ContentfulStatusCode) => Response,
): Response {
  if (failure.retryAfterMs !== undefined) c.header('Retry-After', retryAfterSeconds(failure.retryAfterMs));
  return answer(c, { success: false, error: failure.error }, failure.cause === 'credentials' ? 409 : failureStatus(failure.cause));
}

/** `resource.operation` for a log line, only when both are short plain words (never user data). */
function operationKeyOf(body: unknown): string {
  const config = body !== null && typeof body === 'object' ? (body as { config?: { resource?: unknown; operation?: unknown } }).config : undefined;
  const word = (value: unknown) => (typeof value === 'string' && /^[a-z]{1,20}$/.test(value) ? value : '?');
  return `${word(config?.resource)}.${word(config?.operation)}`;
}

import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { bodyLimit } from 'hono/body-limit';
import type { IntercomProxyOptions } from './proxy-options.js';
import { pickerListNames, pickerLists } from './picker-lists.js';
import { proxyFailures } from './proxy-failures.js';
import { failureStatus, retryAfterSeconds } from './proxy-status.js';
import { proxyCors } from './proxy-cors.js';
import type { ProxyServices } from './proxy-services.js';
import { executeBlock } from './routes/execute-block.js';
import type { SecretRedactingLog } from './secret-redacting-log.js';

export interface ProxyAppParts {
  options: Pick<IntercomProxyOptions, 'authenticate' | 'allowedOrigins' | 'basePath'>;
  maxBodyBytes: number;
  services: ProxyServices;
  log: SecretRedactingLog;
}

/**
 * The proxy's HTTP surface: CORS (preflight before authentication), the caller check, then the four routes.
 * Every answer is JSON; every failure is `{ success: false, error }` with a status that says what happened
 * (the protocol section of block-core's README).
 */
export function createProxyApp({ options, maxBodyBytes, services, log }: ProxyAppParts): Hono {
  const app = new Hono().basePath(options.basePath ?? '/');
  // Answers that carry anything Intercom said: the token is stripped from the final text, in every form,
  // after block-core has decoded what it quotes (a percent-encoded Link header, JSON escapes).
  const answer = (c: Context, value: unknown, status: ContentfulStatusCode = 200) =>
    c.body(log.redact(JSON.stringify(value)), status, { 'Content-Type': 'application/json' });

  // Preflight is answered here, before authentication: browsers never send credentials with it.
  app.use('*', proxyCors(options.allowedOrigins ?? []));

  // Liveness for process supervisors: says nothing about Intercom and needs no key.
  app.get('/v1/intercom/health', (c) => c.json({ ok: true }));

  app.use('*', async (c, next) => {
    let authenticated = false;
    try {
      authenticated = (await options.authenticate(c.req.raw)) === true;
    } catch (error) {
      log(`authenticate hook failed: ${error instanceof Error ? error.name : 'error'}`);
    }
    if (!authenticated) {
      log(`${c.req.method} ${new URL(c.req.url).pathname} -> 401 (caller not authenticated)`);
      return c.json({ success: false, error: proxyFailures.unauthenticated }, 401);
    }
    await next();
  });

  app.post(
    '/v1/intercom/execute',
    // Only JSON: a text/plain, form or multipart body is what a cross-site page can send without a preflight.
    async (c, next) => {
      if (!isJsonContentType(c.req.header('content-type'))) return c.json({ success: false, error: proxyFailures.notJsonType }, 415);
      await next();
    },
    bodyLimit({ maxSize: maxBodyBytes, onError: (c) => c.json({ success: false, error: proxyFailures.bodyTooLarge(maxBodyBytes) }, 413) }),
    async (c) => {
      const started = Date.now();
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        return c.json({ success: false, error: proxyFailures.notJson }, 400);
      }
      const reply = await executeBlock(services, body, c.req.raw.signal);
      log(`execute ${operationKeyOf(body)} -> ${reply.status} ${reply.outputs.success ? 'success' : 'failure'} (${Date.now() - started} ms)`);
      if (reply.status !== 200 && reply.retryAfterMs !== undefined) c.header('Retry-After', retryAfterSeconds(reply.retryAfterMs));
      return answer(c, reply.outputs, reply.status);
    },
  );

  app.get('/v1/intercom/connection', async (c) => answer(c, await services.connection.state()));

  for (const name of pickerListNames) {
    app.get(`/v1/intercom/${name}`, async (c) => {
      const result = await services.pickers[name].get();
      if (result.ok) return answer(c, { [pickerLists[name].key]: result.value });
      if (result.retryAfterMs !== undefined) c.header('Retry-After', retryAfterSeconds(result.retryAfterMs));
      return answer(c, { success: false, error: result.error }, failureStatus(result.cause));
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
  '/v1/intercom/connection': 'GET, HEAD',
  ...Object.fromEntries(pickerListNames.map((name) => [`/v1/intercom/${name}`, 'GET, HEAD'])),
};

/** `application/json`, with or without parameters such as `charset`. */
export function isJsonContentType(header: string | undefined): boolean {
  return header !== undefined && /^\s*application\/json\s*(;|$)/i.test(header);
}

/** `resource.operation` for a log line, only when both are short plain words (never user data). */
function operationKeyOf(body: unknown): string {
  const config = body !== null && typeof body === 'object' ? (body as { config?: { resource?: unknown; operation?: unknown } }).config : undefined;
  const word = (value: unknown) => (typeof value === 'string' && /^[a-z]{1,20}$/.test(value) ? value : '?');
  return `${word(config?.resource)}.${word(config?.operation)}`;
}

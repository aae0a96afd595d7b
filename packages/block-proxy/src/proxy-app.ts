import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { findOperation } from '@workflow-blocks/block-core';
import { configFingerprint, readIdempotencyKey, scopedIdempotencyKey } from './idempotency/idempotency-key.js';
import type { IdempotentOutcome, RunResult, RunStart } from './idempotency/idempotent-runs.js';
import type { StoredAnswer } from './idempotency/idempotency-store.js';
import type { IntercomCallFailure, IntercomCallTrace } from './intercom-caller.js';
import { renderCallbackPage } from './oauth/callback-page.js';
import { pickerListNames, pickerLists } from './picker-lists.js';
import type { ProxyCaller } from './proxy-caller.js';
import type { IntercomProxyOptions, RunLogRecord } from './proxy-options.js';
import { proxyFailures } from './proxy-failures.js';
import { failureStatus, retryAfterSeconds } from './proxy-status.js';
import { proxyCors } from './proxy-cors.js';
import type { ProxyServices } from './proxy-services.js';
import { readRequestId, REQUEST_ID_HEADER } from './request-id.js';
import { connectWithToken, readRegionChoice } from './routes/connect-routes.js';
import { executeBlock } from './routes/execute-block.js';
import type { SecretRedactingLog } from './secret-redacting-log.js';

export interface ProxyAppParts {
  options: Pick<IntercomProxyOptions, 'authenticate' | 'allowedOrigins' | 'basePath' | 'logRun'>;
  maxBodyBytes: number;
  /** The largest read answer kept for its `Idempotency-Key`. */
  maxKeptReadBytes: number;
  services: ProxyServices;
  log: SecretRedactingLog;
  /** Names this instance in run records. */
  instanceId: string;
}

type ProxyEnv = { Variables: { caller: ProxyCaller; requestId: string } };

/**
 * The proxy's HTTP surface: CORS (preflight before authentication), the OAuth callback (identified by its
 * `state` alone), the caller check, then the caller's routes. Every answer but the callback page is JSON;
 * every failure is `{ success: false, error }` with a status that says what happened (the protocol section of
 * block-core's README).
 */
export function createProxyApp({ options, maxBodyBytes, maxKeptReadBytes, services, log, instanceId }: ProxyAppParts): Hono<ProxyEnv> {
  const app = new Hono<ProxyEnv>().basePath(options.basePath ?? '/');
  const allowedOrigins = options.allowedOrigins ?? [];
  // Answers that carry anything Intercom said: the token is stripped from the final text, in every form,
  // after block-core has decoded what it quotes (a percent-encoded Link header, JSON escapes).
  const answer = (c: Context<ProxyEnv>, value: unknown, status: ContentfulStatusCode = 200) =>
    c.body(log.redact(JSON.stringify(value)), status, { 'Content-Type': 'application/json' });

  // Every answer names its request, so a caller's report can be found in the logs of whichever instance served it.
  app.use('*', async (c, next) => {
    const requestId = readRequestId(c.req.header(REQUEST_ID_HEADER));
    c.set('requestId', requestId);
    c.header(REQUEST_ID_HEADER, requestId);
    await next();
  });

  // Preflight is answered here, before authentication: browsers never send credentials with it.
  app.use('*', proxyCors(allowedOrigins));

  // For process supervisors and load balancers: the store and Redis, up or down; says nothing about Intercom and needs no key.
  app.get('/v1/intercom/health', async (c) => {
    const health = await services.health();
    return c.json(health, health.ok ? 200 : 503);
  });

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
    const run = await execute(c);
    const { answer } = run;
    const idempotency = run.outcome?.kind;
    // With run records, the record is the run's one line.
    if (options.logRun) options.logRun(runRecord(c, run, started));
    else log(`execute ${run.operation} -> ${answer.status} ${answer.success ? 'success' : 'failure'}${idempotency ? ` [${idempotency}]` : ''} (${Date.now() - started} ms)`);
    if (answer.status !== 200 && answer.retryAfterMs !== undefined) c.header('Retry-After', retryAfterSeconds(answer.retryAfterMs));
    if (run.outcome?.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
    return c.body(answer.body, answer.status as ContentfulStatusCode, { 'Content-Type': 'application/json' });
  });

  /** One run: the body read, the key checked, then the config run once per key (`IdempotentRuns`). */
  async function execute(c: Context<ProxyEnv>): Promise<ExecuteRun> {
    const failed = (status: number, error: string, operation = '?'): ExecuteRun => ({ operation, answer: refusal(status, error) });
    const key = readIdempotencyKey(c.req.header('idempotency-key'));
    if (!key.ok) return failed(400, key.error);
    const body = await readJson(c);
    if (!body.ok) return failed(400, proxyFailures.notJson);
    const operation = operationKeyOf(body.value);
    const tenant = tenantOf(c);
    const config = isRecord(body.value) ? body.value.config : undefined;
    const write = isRecord(config) ? findOperation(config.resource, config.operation)?.write !== false : true;
    let trace: IntercomCallTrace | undefined;
    // The connection is read while the key is claimed: with Redis, both answers come back in one round trip.
    const early = key.key === undefined ? undefined : tenant.target();
    early?.catch(() => undefined);
    const runOnce = async (start: RunStart = { waited: false }): Promise<RunResult> => {
      const target = start.waited ? undefined : early;
      const reply = await executeBlock(tenant, body.value, { signal: c.req.raw.signal, ...(target ? { target } : {}) });
      trace = reply.trace;
      const answer: StoredAnswer = { status: reply.status, body: log.redact(JSON.stringify(reply.outputs)), success: reply.outputs.success };
      if (reply.status !== 200 && reply.retryAfterMs !== undefined) answer.retryAfterMs = reply.retryAfterMs;
      // A large read (every page of a search) is not kept for a day: reading it again changes nothing.
      const small = write || answer.body.length <= maxKeptReadBytes;
      return { answer, keep: reply.actedOn === true && small };
    };
    if (key.key === undefined) return { operation, answer: (await runOnce()).answer, trace };

    const outcome = await services.idempotentRuns.run(
      scopedIdempotencyKey(tenant.tenantId, key.key),
      configFingerprint(config === undefined ? body.value : config),
      write,
      runOnce,
      c.req.raw.signal,
    );
    const withOutcome = (answer: StoredAnswer): ExecuteRun => ({ operation, answer, trace, outcome });
    switch (outcome.kind) {
      case 'ran':
      case 'replayed':
      case 'unprotected':
        return withOutcome(outcome.answer);
      case 'conflict':
        return withOutcome(refusal(422, proxyFailures.idempotencyConflict));
      case 'in_progress':
        return withOutcome(refusal(409, proxyFailures.idempotencyInProgress(retryAfterSeconds(outcome.retryAfterMs)), outcome.retryAfterMs));
      case 'unavailable':
        return withOutcome(refusal(503, proxyFailures.idempotencyUnavailable(retryAfterSeconds(outcome.retryAfterMs)), outcome.retryAfterMs));
    }
  }

  /** The run's log record: only names, statuses, counts and ids, each stripped of any known secret. */
  function runRecord(c: Context<ProxyEnv>, run: ExecuteRun, started: number): RunLogRecord {
    const record: RunLogRecord = {
      requestId: log.redact(c.get('requestId')),
      instance: log.redact(instanceId),
      tenant: log.redact(c.get('caller').tenantId),
      operation: run.operation,
      status: run.answer.status,
      success: run.answer.success,
      retries: Math.max(0, (run.trace?.attempts ?? 0) - 1),
      durationMs: Date.now() - started,
    };
    // A replayed answer called no one now: Intercom's status belongs to the run that made it.
    if (run.trace?.status !== undefined && run.outcome?.kind !== 'replayed') record.intercomStatus = run.trace.status;
    if (run.trace?.requestId !== undefined && run.outcome?.kind !== 'replayed') record.intercomRequestId = log.redact(run.trace.requestId);
    if (run.outcome) record.idempotency = run.outcome.kind;
    return record;
  }

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
    let authorizeUrl: string;
    try {
      authorizeUrl = await services.oauth.start(tenant.tenantId, choice.region);
    } catch (error) {
      // The pending state could not be kept (its shared store is unreachable): nothing was started.
      log(`connection of tenant ${tenant.tenantId}: OAuth not started, its state could not be stored (${error instanceof Error ? error.name : 'error'})`);
      c.header('Retry-After', '5');
      return c.json({ success: false, error: proxyFailures.oauthStateUnavailable }, 503);
    }
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

/** What one `POST /execute` came to, for its answer and its log lines. */
interface ExecuteRun {
  operation: string;
  answer: StoredAnswer;
  trace?: IntercomCallTrace | undefined;
  outcome?: IdempotentOutcome;
}

/** An answer the proxy gives itself: `{ success: false, error }`. */
function refusal(status: number, error: string, retryAfterMs?: number): StoredAnswer {
  return { status, body: JSON.stringify({ success: false, error }), success: false, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

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

/** `resource.operation` for a log line, only for an operation of the block (never what a caller typed). */
function operationKeyOf(body: unknown): string {
  const config = isRecord(body) && isRecord(body.config) ? body.config : undefined;
  return (config ? findOperation(config.resource, config.operation)?.key : undefined) ?? '?';
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProxyTransport, ProxyRequestError } from './proxy-transport.js';
import { FETCH_ALL_TIME_LIMIT_MS } from '../definition/limits.js';

interface Recorded {
  url: string;
  method: string | undefined;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that records each call and answers with the given status and body text. */
function answering(status: number, body: string) {
  const calls: Recorded[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    calls.push({
      url: input instanceof Request ? input.url : input.toString(),
      method: init?.method,
      headers: init?.headers as Record<string, string>,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    return Promise.resolve(new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));
  };
  return { fetch, calls };
}

/** A fetch that never answers and ignores its signal, to prove the timeout does not depend on it. */
const silent: typeof fetch = () => new Promise<Response>(() => undefined);

async function rejection(promise: Promise<unknown>): Promise<ProxyRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProxyRequestError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

const config = { resource: 'contact', operation: 'get', contactId: 'c1' };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createProxyTransport: execute', () => {
  it('POSTs the resolved config as JSON with the bearer key and returns the outputs', async () => {
    const { fetch, calls } = answering(200, JSON.stringify({ success: true, contact: { id: 'c1' } }));
    const transport = createProxyTransport({ url: 'https://proxy.example.com/api/', apiKey: 'k-1', fetch });
    await expect(transport.execute(config)).resolves.toEqual({ success: true, contact: { id: 'c1' } });
    expect(calls).toEqual([
      {
        url: 'https://proxy.example.com/api/v1/intercom/execute',
        method: 'POST',
        headers: { Authorization: 'Bearer k-1', Accept: 'application/json', 'Content-Type': 'application/json' },
        body: { config },
      },
    ]);
  });

  it('sends the run\'s idempotency key as the Idempotency-Key header, and none without one', async () => {
    const { fetch, calls } = answering(200, JSON.stringify({ success: true, contact: { id: 'c1' } }));
    const transport = createProxyTransport({ url: 'http://p', apiKey: 'k', fetch });
    await transport.execute(config, undefined, { idempotencyKey: 'run-42:step-3' });
    await transport.execute(config);
    expect(calls.map((call) => call.headers['Idempotency-Key'])).toEqual(['run-42:step-3', undefined]);
  });

  it('passes a refusal tied to the idempotency key through in the proxy\'s words', async () => {
    const error = 'This Idempotency-Key was already used for a run with a different config (another operation or other values): a different run needs a new key.';
    const transport = createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: answering(422, JSON.stringify({ success: false, error })).fetch });
    expect(await transport.execute(config, undefined, { idempotencyKey: 'k1' })).toEqual({ success: false, error });
  });

  it('uses the global fetch when none is given', async () => {
    const { fetch, calls } = answering(200, '{"success":true,"admins":[]}');
    vi.stubGlobal('fetch', fetch);
    await expect(createProxyTransport({ url: 'http://p', apiKey: 'k' }).execute({ resource: 'admin', operation: 'list' })).resolves.toEqual({
      success: true,
      admins: [],
    });
    expect(calls.map((c) => c.url)).toEqual(['http://p/v1/intercom/execute']);
  });

  it("passes the proxy's failure outputs through", async () => {
    const { fetch } = answering(200, JSON.stringify({ success: false, error: 'Intercom has no contact with ID "c1".' }));
    const outputs = await createProxyTransport({ url: 'http://p', apiKey: 'k', fetch }).execute(config);
    expect(outputs).toEqual({ success: false, error: 'Intercom has no contact with ID "c1".' });
  });

  it('turns a bad proxy key, other error statuses, non-JSON and odd answers into words', async () => {
    const run = async (status: number, body: string) => createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: answering(status, body).fetch }).execute(config);
    expect(await run(401, JSON.stringify({ success: false, error: 'Invalid API key' }))).toEqual({
      success: false,
      error: 'The block proxy refused its API key (HTTP 401): Invalid API key. Check the key the block is configured with.',
    });
    expect(await run(502, '<html>Bad Gateway</html>')).toEqual({
      success: false,
      error: 'The block proxy answered HTTP 502 with something that is not JSON: "<html>Bad Gateway</html>".',
    });
    expect((await run(500, '{}')).error).toBe('The block proxy had a problem (HTTP 500). Try again in a moment.');
    expect((await run(404, '{"error":"No such route"}')).error).toBe('The block proxy answered HTTP 404: No such route.');
    expect((await run(200, '[1]')).error).toMatch(/not block outputs/);
    expect(await run(200, '{"success":false}')).toEqual({ success: false, error: 'The block proxy reported a failure without saying why.' });
  });

  it.each([
    [400, 'The request body must be { "config": { ... } } with the block config as an object.'],
    [413, 'The request body is larger than the proxy accepts (262144 bytes).'],
    [415, 'The request body must be sent as JSON, with "Content-Type: application/json".'],
    [422, 'Message still holds the reference <Draft.text>: only a resolved config can run.'],
    [502, 'The proxy could not reach Intercom (the connection failed). Try again later.'],
    [503, 'The proxy has too many calls to Intercom waiting; try again in 2 s.'],
    [504, 'Intercom did not answer within 10000 ms. Try again later.'],
  ])('turns a run the proxy answered with HTTP %i into { success: false, error } in its words', async (status, error) => {
    const body = JSON.stringify({ success: false, error, ...(status === 422 ? { issues: [{ field: 'message', code: 'unresolved_reference', message: error }] } : {}) });
    const outputs = await createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: answering(status, body).fetch }).execute(config);
    expect(outputs).toEqual({ success: false, error });
  });

  it.each([
    [401, /^The block proxy refused its API key \(HTTP 401\): nope\. Check the key/],
    [404, /^The block proxy answered HTTP 404: nope\.$/],
    [405, /^The block proxy answered HTTP 405: nope\.$/],
    [500, /^The block proxy had a problem \(HTTP 500\): nope\. Try again in a moment\.$/],
  ])('words HTTP %i itself, as a problem of the set-up rather than of the run', async (status, expected) => {
    const outputs = await createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: answering(status, '{"success":false,"error":"nope"}').fetch }).execute(config);
    expect(outputs).toEqual({ success: false, error: expect.stringMatching(expected) as unknown });
  });

  it.each([400, 413, 415, 422, 502, 503, 504])('still words an HTTP %i that carries no error of the proxy (e.g. from a gateway)', async (status) => {
    const transport = (body: string) => createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: answering(status, body).fetch });
    expect((await transport('{}').execute(config)).error).toMatch(new RegExp(`HTTP ${status}`));
    expect((await transport('<html>busy</html>').execute(config)).error).toBe(`The block proxy answered HTTP ${status} with something that is not JSON: "<html>busy</html>".`);
  });

  it('turns a network failure into words naming the proxy', async () => {
    const fetch: typeof globalThis.fetch = () => Promise.reject(new TypeError('fetch failed'));
    const outputs = await createProxyTransport({ url: 'http://127.0.0.1:9', apiKey: 'k', fetch }).execute(config);
    expect(outputs).toEqual({ success: false, error: 'Could not reach the block proxy at http://127.0.0.1:9: fetch failed.' });
  });

  it('times out, and warns that a write may still have happened', async () => {
    const transport = createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: silent, timeoutMs: 20 });
    expect(await transport.execute(config)).toEqual({ success: false, error: 'The block proxy at http://p did not answer within 20 ms.' });
    const write = await transport.execute({ resource: 'contact', operation: 'delete', contactId: 'c1' });
    expect(write.error).toMatch(/did not answer .* The operation may still have been carried out in Intercom; check before running it again\.$/);
  });

  it("waits past the proxy's own time limit for following pages when a run fetches every page", async () => {
    vi.useFakeTimers();
    try {
      const transport = createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: silent, timeoutMs: 20 });
      const pending = transport.execute({ resource: 'contact', operation: 'list', fetchAll: 'yes' });
      await vi.advanceTimersByTimeAsync(FETCH_ALL_TIME_LIMIT_MS + 9_000);
      let settled = false;
      void pending.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await pending).toEqual({ success: false, error: 'The block proxy at http://p did not answer within 130 s.' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops when the caller cancels', async () => {
    const controller = new AbortController();
    const transport = createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: silent });
    const pending = transport.execute(config, controller.signal);
    controller.abort();
    expect(await pending).toEqual({ success: false, error: 'The request to the block proxy was cancelled.' });
    expect(await transport.execute(config, controller.signal)).toEqual({ success: false, error: 'The request to the block proxy was cancelled.' });
  });
});

describe('createProxyTransport: connection, ticket types, admins', () => {
  it('GETs each endpoint with the key and unwraps the answer', async () => {
    const state = { state: 'connected', connected: true, mode: 'sandbox', region: 'us', method: 'token', admin: { id: '1' }, workspace: { id: 'w' }, connectMethods: ['token'] };
    const connection = answering(200, JSON.stringify(state));
    await expect(createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: connection.fetch }).connection()).resolves.toEqual(state);
    expect(connection.calls[0]).toMatchObject({ url: 'http://p/v1/intercom/connection', method: 'GET', headers: { Authorization: 'Bearer k' } });
    expect(connection.calls[0]?.headers['Content-Type']).toBeUndefined();

    const types = [{ id: '1', name: 'Bug', attributes: [] }];
    const ticketTypes = answering(200, JSON.stringify({ ticketTypes: types }));
    await expect(createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: ticketTypes.fetch }).ticketTypes()).resolves.toEqual(types);
    expect(ticketTypes.calls[0]?.url).toBe('http://p/v1/intercom/ticket-types');

    const list = [{ id: '7', name: 'Ada', email: 'ada@example.com' }];
    const admins = answering(200, JSON.stringify({ admins: list }));
    await expect(createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: admins.fetch }).admins()).resolves.toEqual(list);
    expect(admins.calls[0]?.url).toBe('http://p/v1/intercom/admins');

    const teams = answering(200, JSON.stringify({ teams: [{ id: '5', name: 'Billing' }] }));
    await expect(createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: teams.fetch }).teams?.()).resolves.toEqual([{ id: '5', name: 'Billing' }]);
    expect(teams.calls[0]).toMatchObject({ url: 'http://p/v1/intercom/teams', method: 'GET', headers: { Authorization: 'Bearer k' } });

    const tags = answering(200, JSON.stringify({ tags: [{ id: '91', name: 'VIP' }] }));
    await expect(createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: tags.fetch }).tags?.()).resolves.toEqual([{ id: '91', name: 'VIP' }]);
    expect(tags.calls[0]?.url).toBe('http://p/v1/intercom/tags');
  });

  it('rejects with clear messages', async () => {
    const transport = (status: number, body: string) => createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: answering(status, body).fetch });
    const badKey = await rejection(transport(401, '{"success":false,"error":"Invalid API key"}').admins());
    expect(badKey).toMatchObject({ reason: 'status', status: 401 });
    expect(badKey.message).toMatch(/^The block proxy refused its API key \(HTTP 401\): Invalid API key/);
    expect((await rejection(transport(200, '{"admins":{}}').admins())).message).toBe('The block proxy\'s answer has no list of admins ("admins").');
    expect((await rejection(transport(200, '{"ticket_types":[]}').ticketTypes())).message).toMatch(/no list of ticket types/);
    expect((await rejection(transport(200, '{"data":[]}').tags?.() ?? Promise.resolve())).message).toBe('The block proxy\'s answer has no list of tags ("tags").');
    expect((await rejection(transport(200, '{"ok":true}').connection())).message).toMatch(/not a connection state/);
    expect((await rejection(transport(200, 'hello').connection())).reason).toBe('not_json');
    const timeout = await rejection(createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: silent, timeoutMs: 30 }).connection());
    expect(timeout).toMatchObject({ reason: 'timeout', message: 'The block proxy at http://p did not answer within 30 ms.' });
  });
});

describe('createProxyTransport: connecting and disconnecting', () => {
  const notConnected = { state: 'not_connected', connected: false, mode: 'intercom', reason: 'Not connected.', connectMethods: ['oauth', 'token'] };
  const connected = { state: 'connected', connected: true, mode: 'intercom', region: 'eu', method: 'token', workspace: { id: 'abc123', name: 'Acme' }, admin: { id: '7' }, connectMethods: ['oauth', 'token'] };

  it('starts OAuth with the region and returns the consent page address', async () => {
    const { fetch, calls } = answering(200, JSON.stringify({ authorizeUrl: 'https://app.intercom.com/oauth?client_id=c&state=s' }));
    const transport = createProxyTransport({ url: 'http://p/', apiKey: 'k', fetch });
    await expect(transport.startOAuth({ region: 'eu' })).resolves.toEqual({ authorizeUrl: 'https://app.intercom.com/oauth?client_id=c&state=s' });
    await transport.startOAuth();
    expect(calls).toEqual([
      { url: 'http://p/v1/intercom/oauth/start', method: 'POST', headers: { Authorization: 'Bearer k', Accept: 'application/json', 'Content-Type': 'application/json' }, body: { region: 'eu' } },
      { url: 'http://p/v1/intercom/oauth/start', method: 'POST', headers: { Authorization: 'Bearer k', Accept: 'application/json', 'Content-Type': 'application/json' }, body: {} },
    ]);
    const odd = createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: answering(200, '{"authorizeUrl":"javascript:alert(1)"}').fetch });
    expect((await rejection(odd.startOAuth())).message).toMatch(/no consent page address/);
  });

  it('connects with a token and reports the new state', async () => {
    const { fetch, calls } = answering(200, JSON.stringify(connected));
    const transport = createProxyTransport({ url: 'http://p', apiKey: 'k', fetch });
    await expect(transport.connectWithToken({ accessToken: 'tok-123', region: 'eu' })).resolves.toEqual(connected);
    expect(calls[0]).toMatchObject({ url: 'http://p/v1/intercom/connections/token', method: 'POST', body: { accessToken: 'tok-123', region: 'eu' } });
  });

  it("rejects a refused token with the proxy's words and the field it concerns", async () => {
    const refusal = { success: false, error: 'Intercom refused this access token: Access Token Invalid [token_unauthorized].', issues: [{ field: 'accessToken', message: 'Intercom refused this access token.' }] };
    const transport = createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: answering(422, JSON.stringify(refusal)).fetch });
    const error = await rejection(transport.connectWithToken({ accessToken: 'bad', region: 'us' }));
    expect(error).toMatchObject({ reason: 'status', status: 422, message: refusal.error, said: refusal.error, issues: refusal.issues });
  });

  it('disconnects with DELETE and reports not connected', async () => {
    const { fetch, calls } = answering(200, JSON.stringify(notConnected));
    await expect(createProxyTransport({ url: 'http://p', apiKey: 'k', fetch }).disconnect()).resolves.toEqual(notConnected);
    expect(calls[0]).toMatchObject({ url: 'http://p/v1/intercom/connection', method: 'DELETE', body: undefined });
    expect(calls[0]?.headers['Content-Type']).toBeUndefined();
  });

  it('refuses an answer without a known state', async () => {
    const transport = createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: answering(200, '{"state":"maybe","connected":false}').fetch });
    expect((await rejection(transport.connection())).message).toMatch(/not a connection state/);
    expect((await rejection(transport.disconnect())).reason).toBe('shape');
  });

  it("passes a refused run's connection message through as the block's error", async () => {
    const error = 'The Intercom integration is disconnected or its authorization has expired; reconnect it.';
    const transport = createProxyTransport({ url: 'http://p', apiKey: 'k', fetch: answering(409, JSON.stringify({ success: false, error })).fetch });
    expect(await transport.execute(config)).toEqual({ success: false, error });
  });
});

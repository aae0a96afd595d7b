import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearerKeysAuthenticator } from './bearer-authenticator.js';
import { startFakeIntercomOAuth, type FakeIntercomOAuth, type FakeWorkspace } from './test-support/fake-intercom-oauth.js';
import { HARNESS_API_KEY, startProxyHarness, type ProxyHarness } from './test-support/proxy-harness.js';

const APP_ORIGIN = 'http://builder.example';
const GLOBEX_KEY = 'globex-proxy-key-0123456789abcdef';
const acmeUs: FakeWorkspace = { idCode: 'acmeus01', name: 'Acme <US>', region: 'us', adminId: '501', adminName: 'Ada', token: 'tok-acme-us-5d1e0c7b' };
const globexEu: FakeWorkspace = { idCode: 'globexeu', name: 'Globex EU', region: 'eu', adminId: '702', adminName: 'Grace', token: 'tok-globex-eu-8a4f2e9d' };

let fake: FakeIntercomOAuth;
let harness: ProxyHarness;

async function startHarness(extra: { stateTtlMs?: number; allowedOrigins?: string[] | '*' } = {}): Promise<ProxyHarness> {
  return startProxyHarness({
    accessToken: null,
    proxy: {
      authenticate: bearerKeysAuthenticator({ default: HARNESS_API_KEY, globex: GLOBEX_KEY }),
      baseUrl: fake.url,
      mode: 'intercom',
      allowedOrigins: extra.allowedOrigins ?? [APP_ORIGIN],
      oauth: {
        clientId: fake.clientId,
        clientSecret: fake.clientSecret,
        redirectUrl: 'https://proxy.example/v1/intercom/oauth/callback',
        authorizeUrl: `${fake.url}/oauth`,
        ...(extra.stateTtlMs === undefined ? {} : { stateTtlMs: extra.stateTtlMs }),
      },
    },
  });
}

beforeAll(async () => {
  fake = await startFakeIntercomOAuth([acmeUs, globexEu]);
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
  await fake.close();
});
beforeEach(async () => {
  await harness.proxy.disconnect('default');
  await harness.proxy.disconnect('globex');
});

const json = { 'Content-Type': 'application/json' };
const asGlobex = { Authorization: `Bearer ${GLOBEX_KEY}` };

/** Every answer and log line so far, to look for a secret anywhere in them. */
function everything(h: ProxyHarness): string {
  return JSON.stringify([h.responses, h.logs]);
}

describe('POST /v1/intercom/connections/token', () => {
  it('checks the token with GET /me, stores it encrypted, and reports the workspace', async () => {
    const answer = await harness.call('/v1/intercom/connections/token', { method: 'POST', headers: json, body: JSON.stringify({ accessToken: ` ${globexEu.token} `, region: 'eu' }) });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      state: 'connected',
      connected: true,
      mode: 'intercom',
      method: 'token',
      region: 'eu',
      workspace: { id: 'globexeu', name: 'Globex EU' },
      admin: { id: '702', name: 'Grace', email: '702@example.com' },
      connectMethods: ['oauth', 'token'],
    });
    const stored = await harness.store.get('default');
    expect(stored).toMatchObject({ method: 'token', region: 'eu', workspace: { id: 'globexeu' } });
    expect(JSON.stringify(stored)).not.toContain(globexEu.token);
    expect(everything(harness)).not.toContain(globexEu.token);
  });

  it("refuses a token Intercom rejects with Intercom's reason on the field, and stores nothing", async () => {
    const answer = await harness.call('/v1/intercom/connections/token', { method: 'POST', headers: json, body: JSON.stringify({ accessToken: 'tok-nobody-knows-1234', region: 'us' }) });
    expect(answer.status).toBe(422);
    expect(answer.json).toEqual({
      success: false,
      error: expect.stringMatching(/^Intercom refused this access token: The Intercom integration is disconnected .*Access Token Invalid \[token_unauthorized\]/) as unknown,
      issues: [{ field: 'accessToken', message: expect.stringMatching(/^Intercom refused this access token/) as unknown }],
      code: 'token_unauthorized',
    });
    expect(await harness.store.get('default')).toBeUndefined();
    expect(everything(harness)).not.toContain('tok-nobody-knows-1234');
  });

  it('names each missing or bad field, and refuses a body that is not JSON', async () => {
    const callsBefore = fake.server.received.length;
    const empty = await harness.call('/v1/intercom/connections/token', { method: 'POST', headers: json, body: '{}' });
    expect(empty.status).toBe(400);
    expect((empty.json as { issues: { field: string }[] }).issues.map((issue) => issue.field)).toEqual(['accessToken', 'region']);
    const spaced = await harness.call('/v1/intercom/connections/token', { method: 'POST', headers: json, body: JSON.stringify({ accessToken: 'two words', region: 'ca' }) });
    expect((spaced.json as { issues: { field: string; message: string }[] }).issues).toEqual([
      { field: 'accessToken', message: expect.stringMatching(/^accessToken: this is not an Intercom access token/) as unknown },
      { field: 'region', message: expect.stringMatching(/^region: choose/) as unknown },
    ]);
    const form = await harness.call('/v1/intercom/connections/token', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'accessToken=x&region=us' });
    expect(form.status).toBe(415);
    const broken = await harness.call('/v1/intercom/connections/token', { method: 'POST', headers: json, body: '{"accessToken":' });
    expect(broken.status).toBe(400);
    expect(await harness.store.get('default')).toBeUndefined();
    expect(fake.server.received.length).toBe(callsBefore);
  });
});

describe('OAuth: POST /v1/intercom/oauth/start and GET /v1/intercom/oauth/callback', () => {
  async function start(h: ProxyHarness = harness, headers: Record<string, string> = {}, body?: unknown): Promise<{ authorizeUrl: URL; state: string }> {
    const answer = await h.call('/v1/intercom/oauth/start', { method: 'POST', headers: { ...headers, ...(body === undefined ? {} : json) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    expect(answer.status).toBe(200);
    const authorizeUrl = new URL((answer.json as { authorizeUrl: string }).authorizeUrl);
    return { authorizeUrl, state: authorizeUrl.searchParams.get('state') ?? '' };
  }
  const callback = (query: Record<string, string>, h: ProxyHarness = harness) => h.call(`/v1/intercom/oauth/callback?${new URLSearchParams(query).toString()}`, { auth: false });

  it('gives the consent page with the client id, the redirect URL and a fresh unguessable state', async () => {
    const first = await start();
    expect(`${first.authorizeUrl.origin}${first.authorizeUrl.pathname}`).toBe(`${fake.url}/oauth`);
    expect(first.authorizeUrl.searchParams.get('client_id')).toBe(fake.clientId);
    expect(first.authorizeUrl.searchParams.get('redirect_uri')).toBe('https://proxy.example/v1/intercom/oauth/callback');
    expect(first.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await start()).state).not.toBe(first.state);
    expect((await harness.call('/v1/intercom/oauth/start', { method: 'POST', auth: false })).status).toBe(401);
    const badRegion = await harness.call('/v1/intercom/oauth/start', { method: 'POST', headers: json, body: '{"region":"mars"}' });
    expect(badRegion.status).toBe(400);
    expect(badRegion.json).toMatchObject({ issues: [{ field: 'region' }] });
  });

  it('connects the tenant that started it: exchanges the code, reads /me, stores it, and tells the opener', async () => {
    const { state } = await start(harness, asGlobex, { region: 'eu' });
    const code = fake.issueCode(globexEu);
    const page = await callback({ code, state });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'nonce-/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.text).toContain('Intercom is connected');
    expect(page.text).toContain('Globex EU');
    // The opener is told only at the allowed origin, never "*".
    expect(page.text).toContain(JSON.stringify([APP_ORIGIN]));
    expect(page.text).toContain('"type":"workflow-blocks:intercom-connection","ok":true');
    expect(page.text).not.toMatch(/postMessage\([^)]*['"]\*['"]/);

    const exchange = fake.server.received.find((request) => request.url === '/auth/eagle/token');
    expect(new URLSearchParams(exchange?.body)).toEqual(new URLSearchParams({ code, client_id: fake.clientId, client_secret: fake.clientSecret }));

    const state2 = await harness.call('/v1/intercom/connection', { headers: asGlobex });
    expect(state2.json).toMatchObject({ state: 'connected', method: 'oauth', region: 'eu', workspace: { id: 'globexeu', name: 'Globex EU' }, admin: { id: '702' } });
    // Only the tenant that started it is connected.
    expect((await harness.call('/v1/intercom/connection')).json).toMatchObject({ state: 'not_connected' });
    const stored = await harness.store.get('globex');
    expect(stored).toMatchObject({ method: 'oauth', region: 'eu' });
    for (const secret of [globexEu.token, fake.clientSecret, code]) {
      expect(JSON.stringify(stored)).not.toContain(secret);
      expect(everything(harness)).not.toContain(secret);
    }
  });

  it('refuses a reused, unknown, missing or expired state with a clear 4xx page, storing nothing', async () => {
    const { state } = await start();
    expect((await callback({ code: fake.issueCode(acmeUs), state })).status).toBe(200);
    await harness.proxy.disconnect('default');

    const reused = await callback({ code: fake.issueCode(acmeUs), state });
    expect(reused.status).toBe(409);
    expect(reused.text).toContain('already used');
    const unknown = await callback({ code: fake.issueCode(acmeUs), state: 'x'.repeat(43) });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('unknown to the proxy');
    const missing = await callback({ code: fake.issueCode(acmeUs) });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('no &quot;state&quot;');
    expect(missing.text).toContain('"ok":false');

    const quick = await startHarness({ stateTtlMs: 30 });
    try {
      const late = await start(quick);
      await new Promise((resolve) => setTimeout(resolve, 60));
      const expired = await callback({ code: fake.issueCode(acmeUs), state: late.state }, quick);
      expect(expired.status).toBe(410);
      expect(expired.text).toContain('expired');
      expect(await quick.store.get('default')).toBeUndefined();
    } finally {
      await quick.close();
    }
    expect(await harness.store.get('default')).toBeUndefined();
  });

  it('says so when consent was denied, and when Intercom refuses the code, storing nothing', async () => {
    const denied = await callback({ error: 'access_denied', state: (await start()).state });
    expect(denied.status).toBe(403);
    expect(denied.text).toContain('Access was denied');
    const badCode = await callback({ code: 'a-code-intercom-never-issued', state: (await start()).state });
    expect(badCode.status).toBe(400);
    expect(badCode.text).toContain('Intercom refused the authorization code (Invalid or expired code [parameter_invalid])');
    const noCode = await callback({ state: (await start()).state });
    expect(noCode.status).toBe(400);
    expect(await harness.store.get('default')).toBeUndefined();
    expect(everything(harness)).not.toContain(fake.clientSecret);
  });

  it('escapes what Intercom names, and posts to no one when any origin is allowed', async () => {
    const star = await startHarness({ allowedOrigins: '*' });
    try {
      const { state } = await start(star);
      const page = await callback({ code: fake.issueCode(acmeUs), state }, star);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Acme &lt;US&gt;');
      expect(page.text).not.toContain('Acme <US>');
      expect(page.text).toContain('var origins = [];');
    } finally {
      await star.close();
    }
  });

  it('answers 404 when no OAuth app is configured', async () => {
    const plain = await startProxyHarness({ accessToken: null });
    try {
      const answer = await plain.call('/v1/intercom/oauth/start', { method: 'POST' });
      expect(answer.status).toBe(404);
      expect(answer.json).toEqual({ success: false, error: expect.stringMatching(/no Intercom OAuth app configured/) as unknown });
      expect((await plain.call('/v1/intercom/connection')).json).toMatchObject({ connectMethods: ['token'] });
      expect((await plain.call('/v1/intercom/oauth/callback?state=x&code=y', { auth: false })).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('needs_reconnect after Intercom revokes a token', () => {
  it("reports Intercom's reason code, refuses runs without calling Intercom, and clears on reconnect", async () => {
    const revocable: FakeWorkspace = { ...acmeUs, token: 'tok-acme-revocable-0b7c' };
    const own = await startFakeIntercomOAuth([revocable]);
    const h = await startProxyHarness({ accessToken: revocable.token, proxy: { baseUrl: own.url, mode: 'intercom' } });
    try {
      expect(await h.transport.connection()).toMatchObject({ state: 'connected', connected: true });
      own.revoked.add(revocable.token);
      const run = await h.execute({ resource: 'admin', operation: 'list' });
      expect(run.json).toMatchObject({ success: false, error: expect.stringMatching(/^The Intercom integration is disconnected or its authorization has expired; reconnect it\./) as unknown });
      const state = await h.transport.connection();
      expect(state).toMatchObject({ state: 'needs_reconnect', connected: false, method: 'token', reasonCode: 'token_revoked' });
      expect(state.reason).toContain('Token was revoked [token_revoked]');
      const calls = own.server.received.length;
      expect((await h.execute({ resource: 'admin', operation: 'list' })).status).toBe(409);
      expect((await h.call('/v1/intercom/admins')).status).toBe(409);
      await h.transport.connection();
      expect(own.server.received.length).toBe(calls);

      own.revoked.delete(revocable.token);
      expect(await h.transport.connectWithToken({ accessToken: revocable.token, region: 'us' })).toMatchObject({ state: 'connected', connected: true });
      expect((await h.execute({ resource: 'admin', operation: 'list' })).status).toBe(200);
    } finally {
      await h.close();
      await own.close();
    }
  });
});

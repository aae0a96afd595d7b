import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateEncryptionKey, type RunLogRecord } from '@workflow-blocks/block-proxy';
import { EU_SANDBOX_TOKEN, EU_WORKSPACE_ID, startSandboxServer, WORKSPACE_ID, type SandboxServer } from '@workflow-blocks/intercom-sandbox';
import type { ProxyAppConfig } from './config.js';
import { describeStartup } from './describe-startup.js';
import { startProxyApp, type RunningProxyApp } from './start-proxy-app.js';
import { startTestRedis } from '@workflow-blocks/test-support/redis';
import { sandboxAppConfig, TEST_PROXY_KEY } from './test-support/sandbox-app-config.js';

const KEY = TEST_PROXY_KEY;
const GLOBEX_KEY = 'globex-app-key-0123456789abcdef';
const base = sandboxAppConfig({ dataDir: join(tmpdir(), 'unused-data-dir') });

let running: RunningProxyApp | undefined;
let upstream: SandboxServer | undefined;
afterEach(async () => {
  await running?.close();
  await upstream?.close();
  running = undefined;
  upstream = undefined;
});

const get = (url: string, key = KEY) => fetch(url, { headers: { Authorization: `Bearer ${key}` } });

describe('startProxyApp with REDIS_URL', () => {
  it('shares its state through Redis and reports it in health and at start; Redis down at start is no failure', async () => {
    const redis = await startTestRedis();
    try {
      const lines: string[] = [];
      const config: ProxyAppConfig = { ...base, redis: { url: redis.url, expectedInstances: 2 } };
      running = await startProxyApp(config, (line) => lines.push(line));
      expect(await (await fetch(`${running.url}/v1/intercom/health`)).json()).toEqual({ ok: true, store: 'up', redis: 'up' });
      expect(describeStartup(config, running)).toContain(`shared state: Redis at ${redis.url} (up); while it is down each instance allows itself 1/2 of a workspace's rate limit (PROXY_INSTANCES)`);
      const outputs = await fetch(`${running.url}/v1/intercom/execute`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ config: { resource: 'admin', operation: 'list' } }),
      });
      expect(await outputs.json()).toMatchObject({ success: true });
      await running.close();

      await redis.kill();
      running = await startProxyApp(config, (line) => lines.push(line));
      expect(await (await fetch(`${running.url}/v1/intercom/health`)).json()).toEqual({ ok: true, store: 'up', redis: 'down' });
      expect(describeStartup(config, running).join('\n')).toContain('not reachable yet: serving with the fallbacks until it is');
      const whileDown = await fetch(`${running.url}/v1/intercom/execute`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ config: { resource: 'admin', operation: 'list' } }),
      });
      expect(await whileDown.json()).toMatchObject({ success: true });
    } finally {
      await running?.close();
      running = undefined;
      await redis.stop();
    }
  });
});

describe('startProxyApp', () => {
  it('answers health without a key, and runs the sandbox with the configured token', async () => {
    running = await startProxyApp({ ...base, sandbox: { port: 0, token: 'configured-sandbox-token' } }, () => undefined);
    const health = await fetch(`${running.url}/v1/intercom/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, store: 'up', redis: 'not_configured' });
    const asConfigured = await fetch(`${running.sandboxUrl ?? ''}/admins`, { headers: { Authorization: 'Bearer configured-sandbox-token' } });
    expect(asConfigured.status).toBe(200);
    const asDefault = await fetch(`${running.sandboxUrl ?? ''}/admins`, { headers: { Authorization: 'Bearer sandbox-token' } });
    expect(asDefault.status).toBe(401);
    const state = (await (await get(`${running.url}/v1/intercom/connection`)).json()) as Record<string, unknown>;
    expect(state).toMatchObject({ connected: true, mode: 'sandbox' });
  });

  it('without a token serves the embedded sandbox on 127.0.0.1 and says so', async () => {
    const lines: string[] = [];
    running = await startProxyApp(base, (line) => lines.push(line));
    expect(running.mode).toBe('sandbox');
    expect(running.sandboxUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const state = (await (await get(`${running.url}/v1/intercom/connection`)).json()) as Record<string, unknown>;
    expect(state).toMatchObject({ connected: true, mode: 'sandbox', region: 'us', admin: { id: expect.any(String) as unknown } });

    const outputs = await fetch(`${running.url}/v1/intercom/execute`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ config: { resource: 'admin', operation: 'list' } }),
    });
    expect(await outputs.json()).toMatchObject({ success: true, admins: expect.any(Array) as unknown });
    expect((await get(`${running.url}/v1/intercom/admins`, 'wrong-key-0123456789abcdef')).status).toBe(401);
    expect(lines.some((line) => line.startsWith('intercom GET /me'))).toBe(true);

    const startup = describeStartup(base, running).join('\n');
    expect(startup).toContain(`mode: sandbox`);
    expect(startup).toContain(running.sandboxUrl ?? '?');
  });

  it('with INTERCOM_ACCESS_TOKEN and INTERCOM_BASE_URL talks to that server in intercom mode, and keeps connections across a restart', async () => {
    upstream = await startSandboxServer({ port: 0 });
    const token = upstream.sandbox.token;
    const dataDir = await mkdtemp(join(tmpdir(), 'wb-proxy-app-'));
    try {
      const config: ProxyAppConfig = {
        ...base,
        tenants: [{ tenantId: 'default', apiKey: KEY }, { tenantId: 'globex', apiKey: GLOBEX_KEY }],
        intercom: { mode: 'intercom', baseUrl: upstream.url },
        seedConnection: { accessToken: token, region: 'eu' },
        store: { kind: 'embedded', directory: join(dataDir, 'connections') },
        dataDir,
      };
      running = await startProxyApp(config, () => undefined);
      expect(await (await get(`${running.url}/v1/intercom/connection`)).json()).toMatchObject({ state: 'connected', connected: true, mode: 'intercom', region: 'eu', method: 'token' });
      // Tenant globex connects its own workspace with a token (a private app).
      const connect = await fetch(`${running.url}/v1/intercom/connections/token`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${GLOBEX_KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ accessToken: EU_SANDBOX_TOKEN, region: 'eu' }),
      });
      expect(await connect.json()).toMatchObject({ state: 'connected', workspace: { id: EU_WORKSPACE_ID } });

      const startup = describeStartup(config, running);
      expect(startup.join('\n')).toContain(`mode: intercom - ${upstream.url}`);
      expect(startup.join('\n')).toContain(`CONNECTION_ENCRYPTION_KEY was not set; generated a key into ${join(dataDir, 'connection-encryption.key')}`);
      expect(startup.join('\n')).not.toContain(token);
      expect((await stat(join(dataDir, 'connection-encryption.key'))).mode & 0o777).toBe(0o600);

      // A restart: globex's connection is still there, read with the key kept in the data directory.
      await running.close();
      running = await startProxyApp({ ...config, seedConnection: undefined }, () => undefined);
      expect(running.developmentKeyPath).toEqual({ path: join(dataDir, 'connection-encryption.key'), generated: false });
      expect(await (await get(`${running.url}/v1/intercom/connection`, GLOBEX_KEY)).json()).toMatchObject({ state: 'connected', connected: true, workspace: { id: EU_WORKSPACE_ID } });
      const admins = (await (await get(`${running.url}/v1/intercom/admins`, GLOBEX_KEY)).json()) as { admins: { name: string }[] };
      expect(admins.admins.map((admin) => admin.name)).toContain('Ingrid Solberg');
      await running.close();
      running = undefined;

      // No token is in clear in any file the store or the key wrote.
      let bytes = '';
      for (const entry of await readdir(dataDir, { recursive: true })) {
        const path = join(dataDir, entry);
        if ((await stat(path)).isFile()) bytes += (await readFile(path)).toString('latin1');
      }
      expect(bytes.length).toBeGreaterThan(0);
      expect(bytes).not.toContain(EU_SANDBOX_TOKEN);
      expect(bytes).not.toContain(token);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('in sandbox mode: the first tenant starts connected, another connects by OAuth through the sandbox, is revoked, and reconnects', async () => {
    const APP_ORIGIN = 'http://playground.example';
    const key = generateEncryptionKey();
    running = await startProxyApp(
      { ...base, tenants: [{ tenantId: 'acme', apiKey: KEY }, { tenantId: 'globex', apiKey: GLOBEX_KEY }], allowedOrigins: [APP_ORIGIN], encryption: { key, previousKeys: [] } },
      () => undefined,
    );
    const sandboxUrl = running.sandboxUrl ?? '';
    expect(running.oauthCallbackUrl).toBe(`${running.url}/v1/intercom/oauth/callback`);
    const asGlobex = (path: string, init: RequestInit = {}) => fetch(`${running?.url ?? ''}${path}`, { ...init, headers: { Authorization: `Bearer ${GLOBEX_KEY}`, ...(init.headers as Record<string, string>) } });
    expect(await (await get(`${running.url}/v1/intercom/connection`)).json()).toMatchObject({ state: 'connected', workspace: { id: WORKSPACE_ID }, connectMethods: ['oauth', 'token'] });
    expect(await (await asGlobex('/v1/intercom/connection')).json()).toMatchObject({ state: 'not_connected', connected: false });

    // OAuth: the proxy's consent address is the sandbox's; a person picks the EU workspace and allows.
    const connectByOAuth = async () => {
      const started = (await (await asGlobex('/v1/intercom/oauth/start', { method: 'POST' })).json()) as { authorizeUrl: string };
      const authorize = new URL(started.authorizeUrl);
      expect(`${authorize.origin}${authorize.pathname}`).toBe(`${sandboxUrl}/oauth`);
      const consent = await fetch(authorize);
      expect(consent.status).toBe(200);
      expect(await consent.text()).toContain('Fjordline Travel');
      const allowed = await fetch(`${sandboxUrl}/oauth`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          client_id: authorize.searchParams.get('client_id') ?? '',
          redirect_uri: authorize.searchParams.get('redirect_uri') ?? '',
          state: authorize.searchParams.get('state') ?? '',
          workspace: EU_WORKSPACE_ID,
          decision: 'allow',
        }),
      });
      expect(allowed.status).toBe(302);
      const callback = new URL(allowed.headers.get('location') ?? '');
      expect(`${callback.origin}${callback.pathname}`).toBe(running?.oauthCallbackUrl);
      const page = await fetch(callback);
      return { callback, page, html: await page.text() };
    };
    const { callback, page, html } = await connectByOAuth();
    expect(page.status).toBe(200);
    expect(html).toContain('Intercom is connected');
    expect(html).toContain(JSON.stringify([APP_ORIGIN]));
    // The same redirect again: the state is spent.
    expect((await fetch(callback)).status).toBe(409);

    expect(await (await asGlobex('/v1/intercom/connection')).json()).toMatchObject({ state: 'connected', method: 'oauth', region: 'eu', workspace: { id: EU_WORKSPACE_ID } });
    const euAdmins = (await (await asGlobex('/v1/intercom/admins')).json()) as { admins: { name: string }[] };
    expect(euAdmins.admins.map((admin) => admin.name)).toContain('Ingrid Solberg');
    // Acme still sees its own workspace.
    const usAdmins = (await (await get(`${running.url}/v1/intercom/admins`)).json()) as { admins: { name: string }[] };
    expect(usAdmins.admins.map((admin) => admin.name)).toContain('Maya Okafor');

    // The EU workspace uninstalls the app: the next run learns it, the one after calls nothing.
    expect((await fetch(`${sandboxUrl}/__sandbox/tokens/revoke`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ workspace: EU_WORKSPACE_ID }) })).status).toBe(200);
    const run = (body: unknown) => asGlobex('/v1/intercom/execute', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const first = await run({ config: { resource: 'admin', operation: 'list' } });
    expect(await first.json()).toMatchObject({ success: false, error: expect.stringMatching(/^The Intercom integration is disconnected or its authorization has expired/) as unknown });
    const state = (await (await asGlobex('/v1/intercom/connection')).json()) as Record<string, unknown>;
    expect(state).toMatchObject({ state: 'needs_reconnect', connected: false, reasonCode: 'token_revoked', workspace: { id: EU_WORKSPACE_ID } });
    const statsBefore = (await (await fetch(`${sandboxUrl}/__sandbox/stats`)).json()) as { workspaces: Record<string, { total: number }> };
    const refused = await run({ config: { resource: 'admin', operation: 'list' } });
    expect(refused.status).toBe(409);
    const statsAfter = (await (await fetch(`${sandboxUrl}/__sandbox/stats`)).json()) as { workspaces: Record<string, { total: number }> };
    expect(statsAfter.workspaces[EU_WORKSPACE_ID]?.total).toBe(statsBefore.workspaces[EU_WORKSPACE_ID]?.total);

    // Reconnect: OAuth again installs a new token.
    expect((await connectByOAuth()).page.status).toBe(200);
    expect(await (await asGlobex('/v1/intercom/connection')).json()).toMatchObject({ state: 'connected', connected: true, method: 'oauth' });
    expect((await run({ config: { resource: 'admin', operation: 'list' } })).status).toBe(200);
  }, 60_000);

  it('fails to start on a port that is taken, and leaves nothing running', async () => {
    running = await startProxyApp(base, () => undefined);
    const port = Number(new URL(running.url).port);
    await expect(startProxyApp({ ...base, port }, () => undefined)).rejects.toThrow(/EADDRINUSE/);
  });

  it('logs each run with its instance id, and keeps idempotent answers for IDEMPOTENCY_TTL_SECONDS', async () => {
    const records: RunLogRecord[] = [];
    running = await startProxyApp({ ...base, instanceId: 'proxy-test-1', idempotencyTtlMs: 1000 }, () => undefined, (record) => records.push(record));
    const config = { resource: 'contact', operation: 'create', role: 'user', email: `ttl-${process.pid}@example.com` };
    const run = async () => {
      const answer = await fetch(`${running?.url ?? ''}/v1/intercom/execute`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'ttl-run' },
        body: JSON.stringify({ config }),
      });
      return answer.headers.get('idempotent-replayed');
    };
    expect(await run()).toBeNull();
    expect(await run()).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The answer was kept for one second: the key runs again.
    expect(await run()).toBeNull();
    expect(records.map((record) => [record.instance, record.operation, record.idempotency])).toEqual([
      ['proxy-test-1', 'contact.create', 'ran'],
      ['proxy-test-1', 'contact.create', 'replayed'],
      ['proxy-test-1', 'contact.create', 'ran'],
    ]);
  });
});

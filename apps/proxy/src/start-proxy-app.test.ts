import { afterEach, describe, expect, it } from 'vitest';
import { startSandboxServer, type SandboxServer } from '@workflow-blocks/intercom-sandbox';
import type { ProxyAppConfig } from './config.js';
import { describeStartup } from './describe-startup.js';
import { startProxyApp, type RunningProxyApp } from './start-proxy-app.js';

const KEY = 'app-test-key-0123456789abcdef';
const base: ProxyAppConfig = { port: 0, host: '127.0.0.1', apiKey: KEY, apiKeyGenerated: false, intercom: { mode: 'sandbox' }, allowedOrigins: [], sandbox: { port: 0 }, notes: [] };

let running: RunningProxyApp | undefined;
let upstream: SandboxServer | undefined;
afterEach(async () => {
  await running?.close();
  await upstream?.close();
  running = undefined;
  upstream = undefined;
});

const get = (url: string, key = KEY) => fetch(url, { headers: { Authorization: `Bearer ${key}` } });

describe('startProxyApp', () => {
  it('answers health without a key, and runs the sandbox with the configured token', async () => {
    running = await startProxyApp({ ...base, sandbox: { port: 0, token: 'configured-sandbox-token' } }, () => undefined);
    const health = await fetch(`${running.url}/v1/intercom/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
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

  it('with a token and INTERCOM_BASE_URL talks to that server in intercom mode', async () => {
    upstream = await startSandboxServer({ port: 0 });
    const token = upstream.sandbox.token;
    const config: ProxyAppConfig = { ...base, intercom: { mode: 'intercom', accessToken: token, region: 'eu', baseUrl: upstream.url } };
    running = await startProxyApp(config, () => undefined);
    const state = (await (await get(`${running.url}/v1/intercom/connection`)).json()) as Record<string, unknown>;
    expect(state).toMatchObject({ connected: true, mode: 'intercom', region: 'eu' });

    const startup = describeStartup(config, running);
    expect(startup.join('\n')).toContain(`mode: intercom - ${upstream.url} (region eu)`);
    expect(startup.join('\n')).not.toContain(token);
  });

  it('fails to start on a port that is taken, and leaves nothing running', async () => {
    running = await startProxyApp(base, () => undefined);
    const port = Number(new URL(running.url).port);
    await expect(startProxyApp({ ...base, port }, () => undefined)).rejects.toThrow(/EADDRINUSE/);
  });
});

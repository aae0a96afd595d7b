import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createProxyTransport } from '@workflow-blocks/block-core';
import { seedContactIds } from '@workflow-blocks/intercom-sandbox';
import { bearerKeysAuthenticator } from './bearer-authenticator.js';
import { HARNESS_API_KEY, startProxyHarness, type ProxyHarness } from './test-support/proxy-harness.js';

const GLOBEX_KEY = 'globex-proxy-key-0123456789abcdef';
let harness: ProxyHarness;

beforeAll(async () => {
  harness = await startProxyHarness({ proxy: { authenticate: bearerKeysAuthenticator({ default: HARNESS_API_KEY, globex: GLOBEX_KEY }) } });
});
afterAll(async () => {
  await harness.close();
});
beforeEach(async () => {
  harness.sandbox.reset();
  await harness.proxy.disconnect('globex');
});

const asGlobex = (path: string, init: RequestInit = {}) =>
  harness.call(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${GLOBEX_KEY}` } });
const contactGet = { resource: 'contact', operation: 'get', contactId: seedContactIds.amara };

describe('one tenant never touches another tenant’s connection', () => {
  it('a tenant without a connection gets nothing of the connected tenant: state, pickers, runs', async () => {
    // Tenant A (the harness's default tenant) is connected and has warm caches.
    expect(await harness.transport.connection()).toMatchObject({ state: 'connected', connected: true, admin: { id: expect.any(String) as unknown } });
    expect((await harness.transport.admins()).length).toBeGreaterThan(0);
    expect((await harness.transport.ticketTypes()).length).toBeGreaterThan(0);
    const seenBefore = harness.sandbox.seen.length;

    const state = await asGlobex('/v1/intercom/connection');
    expect(state.status).toBe(200);
    expect(state.json).toEqual({
      state: 'not_connected',
      connected: false,
      mode: 'sandbox',
      reason: 'The Intercom integration is disconnected: connect Intercom for this workspace, then run again.',
      connectMethods: ['token'],
    });
    for (const picker of ['/v1/intercom/admins', '/v1/intercom/ticket-types']) {
      const answer = await asGlobex(picker);
      expect(answer.status).toBe(409);
      expect(answer.json).toEqual({ success: false, error: expect.stringMatching(/^The Intercom integration is disconnected/) as unknown });
    }
    const run = await asGlobex('/v1/intercom/execute', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ config: contactGet }) });
    expect(run.status).toBe(409);
    expect(run.json).toEqual({ success: false, error: expect.stringMatching(/^The Intercom integration is disconnected/) as unknown });
    // Nothing of tenant B's reached Intercom with tenant A's token.
    expect(harness.sandbox.seen.length).toBe(seenBefore);
  });

  it("a tenant's disconnect removes only its own connection", async () => {
    const globex = createProxyTransport({ url: harness.proxyUrl, apiKey: GLOBEX_KEY });
    const connected = await globex.connectWithToken({ accessToken: harness.sandbox.token, region: 'us' });
    expect(connected).toMatchObject({ state: 'connected', method: 'token' });
    expect(await globex.execute(contactGet)).toMatchObject({ success: true });
    expect((await globex.admins()).length).toBeGreaterThan(0);
    const seenBefore = harness.sandbox.seen.length;

    const after = await globex.disconnect();
    expect(after).toMatchObject({ state: 'not_connected', connected: false });
    expect(await globex.execute(contactGet)).toEqual({ success: false, error: expect.stringMatching(/^The Intercom integration is disconnected/) as unknown });
    expect(await harness.store.get('globex')).toBeUndefined();
    // Its cached pickers went with it, and nothing more reached Intercom for it.
    expect((await asGlobex('/v1/intercom/admins')).status).toBe(409);
    expect(harness.sandbox.seen.length).toBe(seenBefore);

    // Tenant A is untouched: still connected, still running.
    expect(await harness.transport.connection()).toMatchObject({ state: 'connected', connected: true });
    expect(await harness.transport.execute(contactGet)).toMatchObject({ success: true });
    expect(await harness.store.get('default')).toBeDefined();
  });

  it("tenant A's disconnect leaves tenant B connected", async () => {
    const globex = createProxyTransport({ url: harness.proxyUrl, apiKey: GLOBEX_KEY });
    await globex.connectWithToken({ accessToken: harness.sandbox.token, region: 'us' });
    try {
      expect(await harness.transport.disconnect()).toMatchObject({ state: 'not_connected' });
      expect(await globex.connection()).toMatchObject({ state: 'connected', connected: true });
      expect(await globex.execute(contactGet)).toMatchObject({ success: true });
      expect((await harness.transport.execute(contactGet)).success).toBe(false);
    } finally {
      await harness.setAccessToken(harness.sandbox.token);
    }
  });

  it("a 401 on one tenant's token marks only that tenant for a reconnect", async () => {
    const globex = createProxyTransport({ url: harness.proxyUrl, apiKey: GLOBEX_KEY });
    await globex.connectWithToken({ accessToken: harness.sandbox.token, region: 'us' });
    await harness.setAccessToken('a-token-intercom-rejects');
    try {
      expect((await harness.transport.execute(contactGet)).success).toBe(false);
      expect(await harness.transport.connection()).toMatchObject({ state: 'needs_reconnect' });
      expect(await globex.connection()).toMatchObject({ state: 'connected', connected: true });
      expect(await globex.execute(contactGet)).toMatchObject({ success: true });
    } finally {
      await harness.setAccessToken(harness.sandbox.token);
    }
  });
});

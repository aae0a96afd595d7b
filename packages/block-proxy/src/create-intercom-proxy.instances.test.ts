import { sharedTestRedis, uniqueRedisPrefix, type TestRedis } from '@workflow-blocks/test-support/redis';
import { seedContactIds } from '@workflow-blocks/intercom-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerKeysAuthenticator, DEFAULT_TENANT_ID } from './bearer-authenticator.js';
import { createRedisConnection } from './node/redis/redis-connection.js';
import { createRedisRateLimits } from './node/redis/redis-rate-limits.js';
import { createRedisSharedState } from './node/redis/redis-shared-state.js';
import type { SharedProxyState } from './shared/shared-state.js';
import { startSharedInstances, type SharedInstances } from './test-support/shared-instances.js';

// Several proxy instances in this process, on one real Redis, in front of one sandbox.
let redis: TestRedis;
beforeAll(async () => {
  redis = await sharedTestRedis();
});
afterAll(async () => {
  await redis.stop();
});

const contactGet = { resource: 'contact', operation: 'get', contactId: seedContactIds.sofia };

async function withInstances(options: Omit<Parameters<typeof startSharedInstances>[0], 'redisUrl' | 'keyPrefix'>, test: (setup: SharedInstances) => Promise<void>) {
  const setup = await startSharedInstances({ redisUrl: redis.url, keyPrefix: uniqueRedisPrefix('instances'), ...options });
  try {
    await test(setup);
  } finally {
    await setup.close();
  }
}

describe('several proxy instances on one Redis', () => {
  it('a token Intercom rejected on one instance is refused on the others without calling Intercom', async () => {
    // Each instance has a store of its own (no shared database): only Redis tells them.
    await withInstances({ count: 3, stores: 'each' }, async ({ sandbox, instances: [a, b, c] }) => {
      expect(sandbox.revokeTokens(sandbox.workspaces[0]?.id ?? '')).toBe(true);
      const first = await a!.execute(contactGet);
      expect(first.json).toMatchObject({ success: false });
      expect(sandbox.seen.map((seen) => seen.status)).toEqual([401]);

      const onB = await b!.execute(contactGet);
      expect(onB.status).toBe(409);
      expect(onB.json).toMatchObject({ success: false, error: expect.stringContaining('reconnect') as unknown });
      const state = await c!.call('/v1/intercom/connection');
      expect(state.json).toMatchObject({ state: 'needs_reconnect', reasonCode: 'token_revoked' });
      expect(await c!.call('/v1/intercom/admins')).toMatchObject({ status: 409 });
      // Intercom saw exactly one call: the one that got the 401.
      expect(sandbox.seen).toHaveLength(1);
    });
  });

  it('a run with an Idempotency-Key reads the shared connection state once, beside its claim', async () => {
    const keyPrefix = uniqueRedisPrefix('instances');
    const connection = createRedisConnection({ url: redis.url, keyPrefix });
    await connection.ready();
    const base = createRedisSharedState(connection);
    const events: string[] = [];
    const shared: SharedProxyState = {
      ...base,
      tenants: { ...base.tenants, read: (...args) => (events.push('read'), base.tenants.read(...args)) },
      idempotency: {
        ...base.idempotency!,
        claim: async (...args) => {
          events.push('claim asked');
          const claim = await base.idempotency!.claim(...args);
          events.push('claim answered');
          return claim;
        },
      },
    };
    const setup = await startSharedInstances({ redisUrl: redis.url, keyPrefix, count: 1, stores: 'each', proxy: { shared } });
    try {
      const run = await setup.instances[0]!.call('/v1/intercom/execute', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'once-1' }, body: JSON.stringify({ config: contactGet }) });
      expect(run.status).toBe(200);
      // Asked while the claim is in flight (one round trip for both), and not again before the call.
      expect(events).toEqual(['claim asked', 'read', 'claim answered']);
    } finally {
      await setup.close();
      await connection.close();
    }
  });

  it('a new connection on one instance clears the reconnect state it left on the others', async () => {
    await withInstances({ count: 2, stores: 'one' }, async ({ sandbox, instances: [a, b] }) => {
      sandbox.revokeTokens(sandbox.workspaces[0]?.id ?? '');
      await a!.execute(contactGet);
      expect((await b!.call('/v1/intercom/connection')).json).toMatchObject({ state: 'needs_reconnect' });
      const second = sandbox.workspaces[1];
      await a!.proxy.connect(DEFAULT_TENANT_ID, { accessToken: second?.token ?? '', region: 'eu' });
      expect((await b!.call('/v1/intercom/connection')).json).toMatchObject({ state: 'connected', workspace: { id: second?.id } });
      expect((await b!.execute({ resource: 'admin', operation: 'list' })).status).toBe(200);
    });
  });

  it("connecting on one instance drops every instance's picker and /me caches", async () => {
    // One store (as PostgreSQL): the connection changes for all; the caches must follow on every instance.
    await withInstances({ count: 2, stores: 'one' }, async ({ sandbox, instances: [a, b] }) => {
      const [first, second] = sandbox.workspaces;
      const before = await b!.call('/v1/intercom/admins');
      expect(before.status).toBe(200);
      await b!.call('/v1/intercom/admins');
      expect(sandbox.count('GET /admins')).toBe(1); // cached on b

      await a!.proxy.connect(DEFAULT_TENANT_ID, { accessToken: second?.token ?? '', region: 'eu' });
      const after = await b!.call('/v1/intercom/admins');
      expect(sandbox.count('GET /admins')).toBe(2);
      expect(after.json).not.toEqual(before.json);
      expect((await b!.call('/v1/intercom/connection')).json).toMatchObject({ state: 'connected', workspace: { id: second?.id } });

      // Disconnecting on b: a's picker cache goes too (a's next call finds no connection and sends nothing).
      await a!.call('/v1/intercom/admins');
      const calls = sandbox.seen.length;
      expect((await b!.call('/v1/intercom/connection', { method: 'DELETE' })).json).toMatchObject({ state: 'not_connected' });
      expect((await a!.call('/v1/intercom/admins')).status).toBe(409);
      expect(sandbox.seen).toHaveLength(calls);
      expect(first?.id).not.toBe(second?.id);
    });
  });

  it('an OAuth callback lands on another instance than the one that started it', async () => {
    const oauth = { clientId: 'client-id', clientSecret: 'client-secret-value-123', redirectUrl: 'http://127.0.0.1/v1/intercom/oauth/callback' };
    await withInstances({ count: 2, stores: 'one', connect: false, proxy: { oauth } }, async ({ instances: [a, b] }) => {
      const started = await a!.call('/v1/intercom/oauth/start', { method: 'POST' });
      expect(started.status).toBe(200);
      const state = new URL((started.json as { authorizeUrl: string }).authorizeUrl).searchParams.get('state') ?? '';
      // b knows the state: the person's refusal is reported as such, not as an unknown request.
      const denied = await fetch(`${b!.url}/v1/intercom/oauth/callback?error=access_denied&state=${encodeURIComponent(state)}`);
      expect(denied.status).toBe(403);
      // Single use across instances.
      const again = await fetch(`${a!.url}/v1/intercom/oauth/callback?error=access_denied&state=${encodeURIComponent(state)}`);
      expect(again.status).toBe(409);
    });
  });

  it('shares one rate limit per workspace: three instances together stay within what one may send', async () => {
    const limit = 25;
    await withInstances(
      {
        count: 3,
        stores: 'each',
        sandbox: { rateLimit: { limit, windowSeconds: 1 } },
        // Each instance alone stays well under the limit; without sharing, three together would send nearly twice it.
        // The margin (15 of 25) absorbs calls that reach the sandbox late on a loaded machine, after its window turned.
        proxy: { rateLimit: { requestsPerWindow: 15, windowMs: 1000, maxConcurrent: 10, maxQueueWaitMs: 60_000 } },
      },
      async ({ sandbox, instances }) => {
        const runs = Array.from({ length: 90 }, (_, i) => instances[i % instances.length]!.execute({ resource: 'admin', operation: 'list' }));
        const answers = await Promise.all(runs);
        // Every run completes: a 429 that slips through (a call reaching the sandbox just after its window turned)
        // is waited out and the read retried, never returned. Without one shared window, 45 calls a second
        // against 25 would draw dozens of 429s.
        expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
        expect(sandbox.seen.filter((seen) => seen.status === 429).length).toBeLessThanOrEqual(3);
        const perWindow = new Map<number, number>();
        for (const seen of sandbox.seen) if (seen.status === 200) perWindow.set(Math.floor(seen.at / 1000), (perWindow.get(Math.floor(seen.at / 1000)) ?? 0) + 1);
        expect(Math.max(...perWindow.values())).toBeLessThanOrEqual(limit);
      },
    );
  }, 90_000);

  it('two tenants connected to one workspace share its limit', async () => {
    const keys = { acme: 'acme-key-0123456789abcdef', globex: 'globex-key-0123456789abcdef' };
    const rule = { requestsPerWindow: 4, windowMs: 60_000 };
    await withInstances(
      { count: 2, stores: 'one', connect: false, proxy: { authenticate: bearerKeysAuthenticator(keys), rateLimit: { ...rule, maxConcurrent: 4, maxQueueWaitMs: 3_000 } } },
      async ({ sandbox, instances: [a, b] }) => {
        const as = (tenant: keyof typeof keys) => ({ Authorization: `Bearer ${keys[tenant]}`, 'Content-Type': 'application/json' });
        // Checked with GET /me, so the proxy knows both connections' workspace: the same one.
        for (const tenant of ['acme', 'globex'] as const) {
          const connected = await a!.call('/v1/intercom/connections/token', { method: 'POST', headers: as(tenant), body: JSON.stringify({ accessToken: sandbox.token, region: 'us' }) });
          expect(connected.status).toBe(200);
        }
        const run = (instance: typeof a, tenant: keyof typeof keys) =>
          instance!.call('/v1/intercom/execute', { method: 'POST', headers: as(tenant), body: JSON.stringify({ config: { resource: 'admin', operation: 'list' } }) });
        const runs = [run(a, 'acme'), run(b, 'acme'), run(a, 'globex'), run(b, 'globex'), run(a, 'globex'), run(b, 'globex')];
        const answers = await Promise.all(runs);
        // The window of 4 holds each tenant's first GET /me (its state after connecting) and 2 runs; the rest wait
        // out maxQueueWaitMs. With a window per tenant, globex alone would have had room for 3 runs.
        expect(sandbox.count('GET /me')).toBe(4);
        expect(answers.filter((answer) => answer.status === 200)).toHaveLength(2);
        expect(answers.filter((answer) => answer.status === 503)).toHaveLength(4);
        // The workspace's window is spent for every tenant on it and every instance.
        const limits = createRedisRateLimits(a!.redis);
        expect(await limits.take(`ws:${sandbox.workspaces[0]?.id ?? ''}`, 1, rule, Date.now())).toMatchObject({ granted: 0 });
      },
    );
  });
});

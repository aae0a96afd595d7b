import { startTestRedis, type TestRedis } from '@workflow-blocks/test-support/redis';
import { seedContactIds } from '@workflow-blocks/intercom-sandbox';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSharedInstances } from './test-support/shared-instances.js';

// This file stops its Redis mid-way, so it starts its own.
let redis: TestRedis;
beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await redis.stop();
});

const read = { resource: 'contact', operation: 'get', contactId: seedContactIds.sofia };
const health = async (url: string) => (await fetch(`${url}/v1/intercom/health`)).json() as Promise<unknown>;
/** How many requests reached the sandbox in each second (its windows are 1 s here). */
const perSecond = (times: number[]) => {
  const counts = new Map<number, number>();
  for (const at of times) counts.set(Math.floor(at / 1000), (counts.get(Math.floor(at / 1000)) ?? 0) + 1);
  return Math.max(...counts.values());
};

describe('Redis stopped mid-way and restarted', () => {
  it('keeps serving with each part’s fallback, never hangs or duplicates a write, and shares again once Redis is back', async () => {
    const oauth = { clientId: 'client-id', clientSecret: 'client-secret-value-123', redirectUrl: 'http://127.0.0.1/v1/intercom/oauth/callback' };
    const setup = await startSharedInstances({
      redisUrl: redis.url,
      keyPrefix: 'wb:',
      count: 2,
      stores: 'each',
      expectedInstances: 2,
      proxy: { oauth, rateLimit: { requestsPerWindow: 40, windowMs: 1000, maxConcurrent: 10, maxQueueWaitMs: 60_000 } },
    });
    const { sandbox, instances } = setup;
    const [a, b] = instances as [NonNullable<(typeof instances)[0]>, NonNullable<(typeof instances)[1]>];
    try {
      expect(await health(a.url)).toEqual({ ok: true, store: 'up', redis: 'up' });
      const warm = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).execute(read)));
      expect(warm.every((answer) => answer.status === 200)).toBe(true);

      await redis.kill();
      expect(await health(a.url)).toEqual({ ok: true, store: 'up', redis: 'down' });

      // Reads and writes still run, on one instance, within its fallback share (half of 40 per second).
      const seenBefore = sandbox.seen.length;
      const runs = Array.from({ length: 60 }, (_, i) =>
        a.execute(i % 10 === 0 ? { resource: 'contact', operation: 'create', role: 'lead', email: `down-${i}@example.com` } : read),
      );
      const answers = await Promise.all(runs);
      expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
      const during = sandbox.seen.slice(seenBefore);
      expect(during.filter((seen) => seen.method === 'POST' && seen.path === '/contacts')).toHaveLength(6);
      // Give or take a call arriving just after a second turns.
      expect(perSecond(during.map((seen) => seen.at))).toBeLessThanOrEqual(22);
      expect(a.logs.join('\n')).toContain('allows itself 50% of the limit');
      expect(a.logs.join('\n')).toMatch(/redis .* is down/);
      // What needs Redis to be safe says so instead of guessing: an OAuth start is refused, not lost.
      const start = await a.call('/v1/intercom/oauth/start', { method: 'POST' });
      expect(start.status).toBe(503);
      // The connection itself is in each instance's store: still served.
      expect((await b.call('/v1/intercom/connection')).json).toMatchObject({ state: 'connected' });

      await redis.restart();
      await expect.poll(() => health(a.url), { timeout: 20_000 }).toEqual({ ok: true, store: 'up', redis: 'up' });
      await expect.poll(() => health(b.url), { timeout: 20_000 }).toEqual({ ok: true, store: 'up', redis: 'up' });
      await expect
        .poll(async () => {
          await a.execute(read);
          return a.logs.some((line) => line.includes('shared again'));
        }, { timeout: 20_000 })
        .toBe(true);

      // Shared state works again: a token rejected on a is refused on b without calling Intercom.
      sandbox.revokeTokens(sandbox.workspaces[0]?.id ?? '');
      await a.execute(read);
      const calls = sandbox.seen.length;
      expect((await b.execute(read)).status).toBe(409);
      expect(sandbox.seen).toHaveLength(calls);
      expect((await a.call('/v1/intercom/oauth/start', { method: 'POST' })).status).toBe(200);
    } finally {
      await setup.close();
    }
  }, 90_000);

  it('does not hang while Redis accepts connections but answers nothing: every call gives up within its time limit', async () => {
    const setup = await startSharedInstances({ redisUrl: redis.url, keyPrefix: 'wb:paused:', count: 2, stores: 'each' });
    const [a, b] = setup.instances as [NonNullable<(typeof setup.instances)[0]>, NonNullable<(typeof setup.instances)[1]>];
    const admin = new Redis(redis.url);
    admin.on('error', () => undefined);
    try {
      expect((await a.execute(read)).status).toBe(200);
      // Every client's commands are held for 4 s: the connection stays open, so only the time limits help.
      await admin.client('PAUSE', 4_000, 'ALL');
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).execute(read)));
      expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 20 }, () => 200));
      expect(await health(a.url)).toEqual({ ok: true, store: 'up', redis: 'down' });
    } finally {
      admin.disconnect();
      await setup.close();
    }
  }, 60_000);
});

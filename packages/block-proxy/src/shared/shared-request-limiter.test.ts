import { sharedTestRedis, uniqueRedisPrefix, type TestRedis } from '@workflow-blocks/test-support/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisConnection, type RedisConnection } from '../node/redis/redis-connection.js';
import { createRedisRateLimits } from '../node/redis/redis-rate-limits.js';
import type { ReleaseSlot } from '../request-limiter.js';
import { SharedRequestLimiter } from './shared-request-limiter.js';
import type { SharedRateLimits } from './shared-state.js';

let redis: TestRedis;
const connections: RedisConnection[] = [];
beforeAll(async () => {
  redis = await sharedTestRedis();
});
afterAll(async () => {
  for (const connection of connections) await connection.close();
  await redis.stop();
});

/** Two instances' views of one workspace: each its own Redis client and limiter. */
async function twoInstances(options: { requestsPerWindow: number; maxConcurrent?: number }) {
  const keyPrefix = uniqueRedisPrefix('limiter');
  const make = async () => {
    const connection = createRedisConnection({ url: redis.url, keyPrefix });
    connections.push(connection);
    await connection.ready();
    const shared = createRedisRateLimits(connection, { expectedInstances: 2 });
    return { connection, shared, limiter: new SharedRequestLimiter({ requestsPerWindow: options.requestsPerWindow, windowMs: 60_000, maxConcurrent: options.maxConcurrent ?? 50, shared, key: 'ws:app1' }) };
  };
  return { a: await make(), b: await make() };
}

/** Starts `count` acquires and counts those granted so far. */
function acquireMany(limiter: SharedRequestLimiter, count: number) {
  const granted: ReleaseSlot[] = [];
  const controller = new AbortController();
  for (let i = 0; i < count; i += 1) limiter.acquire(controller.signal).then((release) => granted.push(release), () => undefined);
  return { granted, stop: () => controller.abort() };
}

describe('SharedRequestLimiter on Redis', () => {
  it('counts one window across instances: together they start no more than the limit', async () => {
    const { a, b } = await twoInstances({ requestsPerWindow: 10 });
    const onA = acquireMany(a.limiter, 8);
    const onB = acquireMany(b.limiter, 8);
    await expect.poll(() => onA.granted.length + onB.granted.length).toBe(10);
    // The window is spent in Redis: no instance may start another.
    expect(await a.shared.take('ws:app1', 1, { requestsPerWindow: 10, windowMs: 60_000 }, Date.now())).toMatchObject({ granted: 0 });
    expect(a.limiter.waiting + b.limiter.waiting).toBe(6);
    onA.stop();
    onB.stop();
  });

  it("when one instance learns Intercom's lower limit, the others keep to it too", async () => {
    const { a, b } = await twoInstances({ requestsPerWindow: 100 });
    a.limiter.observe({ limit: 3 });
    await expect.poll(() => b.connection.redis.hget(`${b.connection.keyPrefix}rl:{ws:app1}:meta`, 'limit')).toBe('3');
    const onB = acquireMany(b.limiter, 5);
    await expect.poll(() => onB.granted.length).toBe(3);
    expect(await b.shared.take('ws:app1', 1, { requestsPerWindow: 100, windowMs: 60_000 }, Date.now())).toMatchObject({ granted: 0 });
    onB.stop();
  });

  it('when one instance learns the window is spent (a 429, or Remaining used up), the others wait until its reset', async () => {
    const { a, b } = await twoInstances({ requestsPerWindow: 100 });
    const resetAt = Date.now() + 30_000;
    a.limiter.observe({ remaining: 0, resetAtMs: resetAt });
    const rule = { requestsPerWindow: 100, windowMs: 60_000 };
    await expect.poll(async () => (await b.shared.take('ws:app1', 1, rule, Date.now())).granted).toBe(0);
    const grant = await b.shared.take('ws:app1', 1, rule, Date.now());
    expect(grant.waitMs).toBeGreaterThan(20_000);
    const onB = acquireMany(b.limiter, 1);
    await expect.poll(() => b.limiter.waiting).toBe(1);
    expect(onB.granted).toHaveLength(0);
    onB.stop();
  });
});

describe('spare starts in Redis', () => {
  it('are counted as starting at the end of their hold, and not granted once half of the limit is all that is left', async () => {
    const { a } = await twoInstances({ requestsPerWindow: 10 });
    const rule = { requestsPerWindow: 10, windowMs: 60_000 };
    const before = Date.now();
    // 1 wanted and 100 spares asked: 4 spares, so that 5 of the 10 stay free.
    expect(await a.shared.take('ws:app1', 1, rule, before, { count: 100, holdMs: 5_000 })).toEqual({ granted: 1, waitMs: 0, spare: 4 });
    expect(await a.shared.take('ws:app1', 1, rule, before, { count: 100, holdMs: 5_000 })).toEqual({ granted: 1, waitMs: 0, spare: 0 });
    const scores = (await a.connection.redis.zrange(`${a.connection.keyPrefix}rl:{ws:app1}:starts`, '0', '-1', 'WITHSCORES')).filter((_, i) => i % 2 === 1).map(Number);
    expect(scores).toHaveLength(6);
    expect(scores.filter((score) => score >= before + 5_000)).toHaveLength(4);
  });
});

/** A shared state that grants whatever is asked, spares included, and counts the asks. */
function generousShared() {
  const asks: { count: number; spare: number }[] = [];
  const shared: SharedRateLimits = {
    fallbackShare: 1,
    take: (_key, count, _rule, _now, spare) => {
      asks.push({ count, spare: spare?.count ?? 0 });
      return Promise.resolve({ granted: count, waitMs: 0, spare: spare?.count ?? 0 });
    },
    observe: () => Promise.resolve(),
  };
  return { shared, asks };
}

describe('SharedRequestLimiter with spare starts', () => {
  it('asks the shared state about once per hold for a steady stream of calls, not once per call', async () => {
    const { shared, asks } = generousShared();
    let now = 1_000;
    const limiter = new SharedRequestLimiter({ requestsPerWindow: 1_000, windowMs: 10_000, maxConcurrent: 10, shared, key: 'ws:app1', spareHoldMs: 200, now: () => now });
    for (let call = 0; call < 200; call += 1) {
      const release = await limiter.acquire();
      release();
      now += 2;
    }
    // 200 calls over 400 ms, two holds: a handful of asks, each counting what the last hold used.
    expect(asks.length).toBeLessThan(20);
    expect(asks.reduce((sum, ask) => sum + ask.count + ask.spare, 0)).toBeGreaterThanOrEqual(200);
  });

  it('never starts a call on a spare past its hold, nor while the window is paused', async () => {
    const { shared, asks } = generousShared();
    let now = 1_000;
    const limiter = new SharedRequestLimiter({ requestsPerWindow: 1_000, windowMs: 10_000, maxConcurrent: 10, shared, key: 'ws:app1', spareHoldMs: 200, now: () => now });
    for (let call = 0; call < 5; call += 1) (await limiter.acquire())();
    await expect.poll(() => asks.some((ask) => ask.spare > 0)).toBe(true);
    const asked = asks.length;
    now += 200;
    (await limiter.acquire())();
    // The spares had expired: this call was asked for.
    expect(asks.length).toBeGreaterThan(asked);
    expect(asks.at(-1)?.count).toBe(1);

    for (let call = 0; call < 5; call += 1) (await limiter.acquire())();
    limiter.pauseUntil(now + 5_000);
    const waiting = acquireMany(limiter, 1);
    await expect.poll(() => limiter.waiting).toBe(1);
    expect(waiting.granted).toHaveLength(0);
    waiting.stop();
  });
});

describe('SharedRequestLimiter without its shared state', () => {
  it('falls back to its share of the limit while the shared state fails, and uses it again once it answers', async () => {
    let down = true;
    const lines: string[] = [];
    let sharedTakes = 0;
    const shared: SharedRateLimits = {
      fallbackShare: 1 / 4,
      take: (_key, count) => {
        if (down) return Promise.reject(new Error('Connection is closed.'));
        sharedTakes += 1;
        return Promise.resolve({ granted: count, waitMs: 0 });
      },
      observe: () => (down ? Promise.reject(new Error('down')) : Promise.resolve()),
    };
    const limiter = new SharedRequestLimiter({ requestsPerWindow: 40, windowMs: 60_000, maxConcurrent: 50, shared, key: 'ws:app1', retrySharedAfterMs: 1, log: (line) => lines.push(line) });
    const first = acquireMany(limiter, 15);
    // A quarter of 40: 10 start, 5 wait for the window (60 s away).
    await expect.poll(() => first.granted.length).toBe(10);
    expect(limiter.waiting).toBe(5);
    expect(lines.join('\n')).toContain('allows itself 25% of the limit');

    down = false;
    const second = acquireMany(limiter, 1);
    await expect.poll(() => second.granted.length + first.granted.length).toBe(16);
    expect(sharedTakes).toBeGreaterThan(0);
    expect(lines.at(-1)).toContain('shared again');
    first.stop();
  });
});

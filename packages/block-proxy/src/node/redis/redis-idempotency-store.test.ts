import { sharedTestRedis, startTestRedis, uniqueRedisPrefix, type TestRedis } from '@workflow-blocks/test-support/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeIdempotencyStore } from '../../test-support/idempotency-store-contract.js';
import { createRedisConnection, type RedisConnection } from './redis-connection.js';
import { createRedisIdempotencyStore } from './redis-idempotency-store.js';

let shared: TestRedis;
const connections: RedisConnection[] = [];
beforeAll(async () => {
  shared = await sharedTestRedis();
});
afterAll(async () => {
  await Promise.all(connections.map((connection) => connection.close()));
  await shared.stop();
});
/** A connection that is up (commands fail at once before it is: there is no offline queue). */
async function connect(url: string, keyPrefix = uniqueRedisPrefix('idem')): Promise<RedisConnection> {
  const connection = createRedisConnection({ url, keyPrefix, maxReconnectDelayMs: 100 });
  connections.push(connection);
  expect(await connection.ready(20_000)).toBe('up');
  return connection;
}

describeIdempotencyStore('Redis', async () => createRedisIdempotencyStore(await connect(shared.url)));

describe('Redis idempotency store', () => {
  it('is one store for every instance on the same Redis: exactly one of them gets a key', async () => {
    const prefix = uniqueRedisPrefix('idem-shared');
    const instances = (await Promise.all([connect(shared.url, prefix), connect(shared.url, prefix), connect(shared.url, prefix)])).map(createRedisIdempotencyStore);
    const claims = await Promise.all(instances.flatMap((store) => Array.from({ length: 5 }, () => store.claim('7:default:run-1', 'fp', 10_000))));
    expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
  });

  it('keeps the key and answer as the store wrote them, and refuses a value it did not write', async () => {
    const connection = await connect(shared.url);
    const store = createRedisIdempotencyStore(connection);
    const claim = await store.claim('k', 'fp', 10_000);
    if (!claim.claimed) throw new Error('not claimed');
    const ttl = await connection.redis.pttl(`${connection.keyPrefix}idem:k`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(10_000);
    await store.complete('k', claim.lease, { status: 200, body: '{"success":true}', success: true }, 86_400_000);
    expect(await connection.redis.pttl(`${connection.keyPrefix}idem:k`)).toBeGreaterThan(86_000_000);
    await connection.redis.set(`${connection.keyPrefix}idem:odd`, 'not json');
    await expect(store.claim('odd', 'fp', 10_000)).rejects.toThrow();
  });

  it('fails at once while Redis is down, and works again when it returns', async () => {
    const own = await startTestRedis();
    try {
      const connection = await connect(own.url);
      const store = createRedisIdempotencyStore(connection);
      expect((await store.claim('a', 'fp', 10_000)).claimed).toBe(true);
      await own.kill();
      await expect(store.claim('b', 'fp', 10_000)).rejects.toThrow();
      await own.restart();
      expect(await connection.ready(20_000)).toBe('up');
      // A Redis that keeps nothing on disk lost the claim: the key runs again (the README says so).
      expect((await store.claim('a', 'fp', 10_000)).claimed).toBe(true);
    } finally {
      await own.stop();
    }
  });
});

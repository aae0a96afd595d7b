import { sharedTestRedis, uniqueRedisPrefix, type TestRedis } from '@workflow-blocks/test-support/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisConnection, type RedisConnection } from './redis-connection.js';
import { createRedisOAuthStateStore } from './redis-oauth-state-store.js';
import { createRedisTenantState } from './redis-tenant-state.js';

let redis: TestRedis;
const connections: RedisConnection[] = [];
beforeAll(async () => {
  redis = await sharedTestRedis();
});
afterAll(async () => {
  for (const connection of connections) await connection.close();
  await redis.stop();
});

/** Two clients on one key prefix: two instances. */
async function twoClients(): Promise<[RedisConnection, RedisConnection]> {
  const keyPrefix = uniqueRedisPrefix('shared');
  const made = [createRedisConnection({ url: redis.url, keyPrefix }), createRedisConnection({ url: redis.url, keyPrefix })] as [RedisConnection, RedisConnection];
  connections.push(...made);
  await Promise.all(made.map((connection) => connection.ready()));
  return made;
}

describe('OAuth states in Redis', () => {
  it('a state put by one instance is taken once by another; later takes say used; unknown and expired are told apart', async () => {
    const [a, b] = await twoClients();
    const onA = createRedisOAuthStateStore(a);
    const onB = createRedisOAuthStateStore(b);
    const now = Date.now();
    await onA.put('state-1', { tenantId: 'acme', region: 'eu', expiresAt: now + 60_000 });
    const takes = await Promise.all([onB.take('state-1', now), onA.take('state-1', now), onB.take('state-1', now)]);
    expect(takes.filter((take) => take.status === 'ok')).toEqual([{ status: 'ok', record: { tenantId: 'acme', region: 'eu', expiresAt: now + 60_000 } }]);
    expect(takes.filter((take) => take.status === 'used')).toHaveLength(2);
    expect(await onB.take('never-given', now)).toEqual({ status: 'unknown' });
    await onA.put('state-2', { tenantId: 'acme', region: 'us', expiresAt: now + 1_000 });
    expect(await onB.take('state-2', now + 2_000)).toEqual({ status: 'expired' });
    expect(await onB.take('state-2', now)).toEqual({ status: 'used' });
    // Kept for the state's lifetime plus an hour, then Redis forgets it by itself.
    const ttl = await a.redis.pttl(`${a.keyPrefix}oauth:state-1`);
    expect(ttl).toBeGreaterThan(3_600_000);
    expect(ttl).toBeLessThanOrEqual(3_660_000);
  });
});

describe('tenant state in Redis', () => {
  it('a rejected token is seen by every instance, only for that token, until the tenant connects again', async () => {
    const [a, b] = await twoClients();
    const onA = createRedisTenantState(a);
    const onB = createRedisTenantState(b);
    const before = await onB.read('acme', 'token-1');
    expect(before.rejected).toBeUndefined();
    const mark = { reason: 'Intercom rejected the token.', code: 'token_revoked', at: new Date().toISOString() };
    await onA.reject('acme', 'token-1', mark);
    const after = await onB.read('acme', 'token-1');
    expect(after.rejected).toEqual(mark);
    expect(after.version).not.toBe(before.version);
    expect((await onB.read('acme', 'token-2')).rejected).toBeUndefined();
    expect((await onB.read('globex', 'token-1')).rejected).toBeUndefined();

    await onA.changed('acme');
    const reconnected = await onB.read('acme', 'token-1');
    expect(reconnected.rejected).toBeUndefined();
    expect(reconnected.version).not.toBe(after.version);
    // Never the token: only its id and the mark are stored.
    expect(await a.redis.hkeys(`${a.keyPrefix}tenant:{acme}:rejected`)).toEqual([]);
  });
});

import type { SharedProxyState } from '../../shared/shared-state.js';
import type { RedisConnection } from './redis-connection.js';
import { createRedisIdempotencyStore } from './redis-idempotency-store.js';
import { createRedisOAuthStateStore } from './redis-oauth-state-store.js';
import { createRedisRateLimits, type RedisRateLimitsOptions } from './redis-rate-limits.js';
import { createRedisTenantState } from './redis-tenant-state.js';

/**
 * Everything several proxy instances share, in one Redis: each workspace's rate limit, each tenant's cache
 * version and rejected tokens, pending OAuth states, runs' idempotency keys. Give it to every instance: `createIntercomProxy({ shared })`.
 * @example
 * const redis = createRedisConnection({ url: process.env.REDIS_URL!, log });
 * const proxy = createIntercomProxy({ ..., shared: createRedisSharedState(redis, { expectedInstances: 3 }) });
 */
export function createRedisSharedState(connection: RedisConnection, options: RedisRateLimitsOptions = {}): SharedProxyState {
  return {
    rateLimits: createRedisRateLimits(connection, options),
    tenants: createRedisTenantState(connection),
    oauthStates: createRedisOAuthStateStore(connection),
    idempotency: createRedisIdempotencyStore(connection),
    health: () => connection.ping(),
  };
}

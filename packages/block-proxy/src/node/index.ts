// Node-only helpers, kept out of the main entry so the proxy itself stays a web-standard handler.
export { createNodeHttpClient, type NodeHttpClient, type NodeHttpClientOptions } from './node-http-client.js';
export { openEmbeddedConnectionStore } from './stores/embedded-connection-store.js';
export { openPostgresConnectionStore, type PostgresConnectionStoreOptions } from './stores/postgres-connection-store.js';
export { createRedisConnection, describeRedisUrl, type RedisConnection, type RedisConnectionOptions, type RedisStatus } from './redis/redis-connection.js';
export { createRedisIdempotencyStore } from './redis/redis-idempotency-store.js';
export { createRedisSharedState } from './redis/redis-shared-state.js';
export { createRedisRateLimits, type RedisRateLimitsOptions } from './redis/redis-rate-limits.js';
export { createRedisTenantState } from './redis/redis-tenant-state.js';
export { createRedisOAuthStateStore } from './redis/redis-oauth-state-store.js';

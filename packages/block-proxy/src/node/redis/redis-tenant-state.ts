import type { ReconnectMark } from '../../connections/connection-store.js';
import type { SharedTenantState } from '../../shared/shared-state.js';
import type { RedisConnection } from './redis-connection.js';
import { defineScript } from './redis-scripts.js';

/** A rejected token is remembered this long (a reconnect forgets it at once). */
const REJECTED_KEPT_MS = 30 * 24 * 3_600_000;

// KEYS: the version, the rejected tokens. ARGV: the token id. One command (read on every run), both read at once.
const READ = `return { redis.call('GET', KEYS[1]), redis.call('HGET', KEYS[2], ARGV[1]) }`;

/** Each result of a MULTI, or the first error in it. */
function results(replies: [Error | null, unknown][] | null): unknown[] {
  if (!replies) throw new Error('Redis discarded the transaction');
  return replies.map(([error, value]) => {
    if (error) throw error;
    return value;
  });
}

function readMark(text: unknown): ReconnectMark | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const mark = JSON.parse(text) as Partial<ReconnectMark>;
    if (typeof mark.reason !== 'string' || typeof mark.at !== 'string') return undefined;
    return { reason: mark.reason, at: mark.at, ...(typeof mark.code === 'string' ? { code: mark.code } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * Per tenant in Redis: a version counter (`<prefix>tenant:{<id>}:v`) that every connect, disconnect and rejected
 * token moves on, so each instance drops its `/me` and picker caches before using them again; and the tokens
 * Intercom rejected (`:rejected`, a hash of token ids, never tokens), so no instance calls Intercom with one again.
 * Read with one script call before every use of a connection.
 */
export function createRedisTenantState(connection: RedisConnection): SharedTenantState {
  const keys = (tenantId: string) => {
    const base = `${connection.keyPrefix}tenant:{${tenantId}}`;
    return { version: `${base}:v`, rejected: `${base}:rejected` };
  };
  const { redis } = connection;
  const read = defineScript(connection, READ);
  return {
    read: async (tenantId, tokenId) => {
      const { version, rejected } = keys(tenantId);
      if (tokenId === undefined) return { version: String((await redis.get(version)) ?? '0') };
      const reply = await read([version, rejected], [tokenId]);
      // A missing value comes back as null.
      const [seen, mark] = Array.isArray(reply) ? (reply as unknown[]) : [];
      const rejectedMark = readMark(mark);
      return { version: typeof seen === 'string' ? seen : '0', ...(rejectedMark ? { rejected: rejectedMark } : {}) };
    },
    reject: async (tenantId, tokenId, mark) => {
      const { version, rejected } = keys(tenantId);
      results(await redis.multi().hset(rejected, tokenId, JSON.stringify(mark)).pexpire(rejected, REJECTED_KEPT_MS).incr(version).exec());
    },
    changed: async (tenantId) => {
      const { version, rejected } = keys(tenantId);
      results(await redis.multi().del(rejected).incr(version).exec());
    },
  };
}

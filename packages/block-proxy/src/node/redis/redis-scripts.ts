import { createHash } from 'node:crypto';
import type { RedisConnection } from './redis-connection.js';

/** Runs one Lua script atomically in Redis. */
export type RedisScript = (keys: string[], args: (string | number)[]) => Promise<unknown>;

/**
 * A Lua script called by its SHA-1 (EVALSHA), sent whole only when Redis does not know it yet (after a restart).
 * Redis runs a script alone: nothing else happens between its reads and writes.
 */
export function defineScript(connection: RedisConnection, source: string): RedisScript {
  const sha = createHash('sha1').update(source).digest('hex');
  return async (keys, args) => {
    try {
      return await connection.redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return connection.redis.eval(source, keys.length, ...keys, ...args);
    }
  };
}

import { randomBytes } from 'node:crypto';
import type { IdempotencyClaim, IdempotencyRecord, IdempotencyStore, StoredAnswer } from '../../idempotency/idempotency-store.js';
import type { RedisConnection } from './redis-connection.js';
import { defineScript } from './redis-scripts.js';

// The holder proves itself by the exact claim it wrote (its lease): it renews, completes or releases only that.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;
const COMPLETE = `if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) return 1 end return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/** A key's value: `{ s: 'running', f, l }` while claimed (`l` makes each claim unique), `{ s: 'done', f, a }` after. */
type StoredValue = { s: 'running'; f: string; l: string } | { s: 'done'; f: string; a: StoredAnswer };

/**
 * Idempotency keys in Redis, shared by every proxy instance on it: a claim is one `SET key claim NX PX lease GET`
 * (atomic: exactly one instance gets the key, the others read what holds it), and renewing, completing or
 * releasing a claim is a Lua script that acts only while the key still holds that very claim, so a holder whose
 * lease ran out can never overwrite the run that took the key after it. Every call fails rather than waits while
 * Redis is unreachable (`createRedisConnection` bounds them); the proxy then refuses writes with a key (503).
 * @param connection - from `createRedisConnection`; its key prefix is used (`<prefix>idem:<tenant-scoped key>`).
 * @example createIntercomProxy({ ..., idempotency: { store: createRedisIdempotencyStore(createRedisConnection({ url })) } })
 */
export function createRedisIdempotencyStore(connection: RedisConnection): IdempotencyStore {
  const { redis } = connection;
  const redisKey = (key: string) => `${connection.keyPrefix}idem:${key}`;
  const renew = defineScript(connection, RENEW);
  const complete = defineScript(connection, COMPLETE);
  const release = defineScript(connection, RELEASE);
  return {
    async claim(key, fingerprint, leaseMs): Promise<IdempotencyClaim> {
      const lease = JSON.stringify({ s: 'running', f: fingerprint, l: randomBytes(12).toString('base64url') } satisfies StoredValue);
      const previous = await redis.call('SET', redisKey(key), lease, 'PX', Math.ceil(leaseMs), 'NX', 'GET');
      if (previous === null) return { claimed: true, lease };
      return { claimed: false, record: readRecord(previous) };
    },
    async renew(key, lease, leaseMs) {
      return (await renew([redisKey(key)], [lease, Math.ceil(leaseMs)])) === 1;
    },
    async complete(key, lease, answer, ttlMs) {
      const fingerprint = (JSON.parse(lease) as { f: string }).f;
      const done = JSON.stringify({ s: 'done', f: fingerprint, a: answer } satisfies StoredValue);
      return (await complete([redisKey(key)], [lease, done, Math.ceil(ttlMs)])) === 1;
    },
    async release(key, lease) {
      await release([redisKey(key)], [lease]);
    },
  };
}

/** A stored value as a record; anything else is an error (the proxy then treats the store as unusable). */
function readRecord(value: unknown): IdempotencyRecord {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as Partial<{ s: unknown; f: unknown; a: unknown }>) : undefined;
  if (parsed && typeof parsed.f === 'string') {
    if (parsed.s === 'running') return { state: 'running', fingerprint: parsed.f };
    if (parsed.s === 'done' && isAnswer(parsed.a)) return { state: 'done', fingerprint: parsed.f, answer: parsed.a };
  }
  throw new Error('An idempotency key in Redis holds something that is not a claim or an answer.');
}

function isAnswer(value: unknown): value is StoredAnswer {
  if (value === null || typeof value !== 'object') return false;
  const answer = value as Partial<StoredAnswer>;
  return typeof answer.status === 'number' && typeof answer.body === 'string' && typeof answer.success === 'boolean';
}

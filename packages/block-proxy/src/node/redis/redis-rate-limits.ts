import type { SharedRateLimits } from '../../shared/shared-state.js';
import { defineScript } from './redis-scripts.js';
import type { RedisConnection } from './redis-connection.js';

// KEYS: the window's starts (sorted set, score = start time), the workspace's meta (hash: limit, pausedUntil).
// ARGV: windowMs, requestsPerWindow, count wanted, a unique id for this batch, spares wanted, spares' hold (ms).
// Returns { granted, waitMs, spares }. A sliding window: at most the limit in any windowMs, however Intercom aligns
// its own. Starts are timed by Redis's own clock when the script runs (an instance's clock read before a slow round
// trip would date its starts too early); pauses are epoch ms from Intercom's reset, so instances keep clocks in
// sync (NTP). Spares are dated at the end of their hold, the latest they may start, and granted only while half
// of the limit stays free after them.
const takeScript = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local want = tonumber(ARGV[3])
local spareWanted = tonumber(ARGV[5])
local hold = tonumber(ARGV[6])
local meta = redis.call('HMGET', KEYS[2], 'limit', 'pausedUntil')
if meta[1] then limit = math.min(limit, tonumber(meta[1])) end
if limit < 1 then limit = 1 end
local paused = tonumber(meta[2] or '0')
if paused > now then return {0, paused - now, 0} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local used = redis.call('ZCARD', KEYS[1])
local free = limit - used
if free <= 0 then
  local oldest = redis.call('ZRANGE', KEYS[1], used - limit, used - limit, 'WITHSCORES')
  return {0, math.max(1, tonumber(oldest[2]) + window - now), 0}
end
local n = math.min(free, want)
for i = 1, n do redis.call('ZADD', KEYS[1], now, ARGV[4] .. ':' .. i) end
local spares = math.max(0, math.min(spareWanted, free - n - math.ceil(limit / 2)))
for i = 1, spares do redis.call('ZADD', KEYS[1], now + hold, ARGV[4] .. ':s' .. i) end
redis.call('PEXPIRE', KEYS[1], window + hold)
return {n, 0, spares}
`;

// KEYS: the workspace's meta. ARGV: limit or '', pausedUntil or '', how long to keep it (ms).
// A pause only ever moves later: two instances seeing the same reset agree.
const observeScript = `
if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], 'limit', ARGV[1]) end
if ARGV[2] ~= '' then
  local current = tonumber(redis.call('HGET', KEYS[1], 'pausedUntil') or '0')
  if tonumber(ARGV[2]) > current then redis.call('HSET', KEYS[1], 'pausedUntil', ARGV[2]) end
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

export interface RedisRateLimitsOptions {
  /** How many instances share the limit: while Redis is down each allows itself 1/N of it. Default 3. */
  expectedInstances?: number;
}

/**
 * Each Intercom workspace's rate limit in Redis: the sliding window's starts (a sorted set) and what Intercom's
 * headers said (a hash), both changed only inside Lua scripts, so instances racing for the last slot of a window
 * never both get it. Keys: `<prefix>rl:{<workspace>}:starts` and `:meta` (one hash slot per workspace).
 */
export function createRedisRateLimits(connection: RedisConnection, options: RedisRateLimitsOptions = {}): SharedRateLimits {
  const instances = options.expectedInstances ?? 3;
  if (!Number.isInteger(instances) || instances < 1) throw new Error(`expectedInstances must be a whole number of at least 1, not ${String(instances)}.`);
  const take = defineScript(connection, takeScript);
  const observe = defineScript(connection, observeScript);
  const keys = (workspace: string) => {
    const base = `${connection.keyPrefix}rl:{${workspace}}`;
    return { starts: `${base}:starts`, meta: `${base}:meta` };
  };
  let batch = 0;
  const instanceId = Math.random().toString(36).slice(2, 10);
  return {
    fallbackShare: 1 / instances,
    take: async (key, count, rule, _now, spare) => {
      const { starts, meta } = keys(key);
      batch = (batch + 1) % Number.MAX_SAFE_INTEGER;
      const reply = await take([starts, meta], [rule.windowMs, rule.requestsPerWindow, count, `${instanceId}:${batch}`, spare?.count ?? 0, Math.ceil(spare?.holdMs ?? 0)]);
      const [granted, waitMs, spares] = Array.isArray(reply) ? reply.map(Number) : [];
      if (![granted, waitMs, spares].every(Number.isFinite)) throw new Error('Redis answered the rate limit script with something else');
      return { granted: granted!, waitMs: waitMs!, spare: spares! };
    },
    observe: async (key, seen, rule) => {
      // Kept a minute at least, so a learned limit outlives a quiet moment but not a changed plan.
      const keepMs = Math.max(60_000, rule.windowMs * 6, (seen.pausedUntil ?? 0) - Date.now());
      await observe([keys(key).meta], [seen.limit ?? '', seen.pausedUntil ?? '', Math.ceil(keepMs)]);
    },
  };
}

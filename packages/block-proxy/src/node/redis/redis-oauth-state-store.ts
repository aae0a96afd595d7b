import { isIntercomRegion } from '../../intercom-base-url.js';
import type { OAuthStateRecord, OAuthStateStore } from '../../oauth/oauth-state-store.js';
import type { RedisConnection } from './redis-connection.js';
import { defineScript } from './redis-scripts.js';

/** After a state expired or was used it is remembered this long, so the page says "used"/"expired", not "unknown". */
const REMEMBERED_MS = 3_600_000;

// KEYS: the state. Marks it used and returns it as it was, in one step: two callbacks with one state never both win.
const takeScript = `
local found = redis.call('GET', KEYS[1])
if not found then return false end
if string.sub(found, 1, 1) == 'u' then return 'used' end
redis.call('SET', KEYS[1], 'u' .. found, 'KEEPTTL')
return found
`;

/**
 * Pending OAuth states in Redis (`<prefix>oauth:<state>`), so the callback may land on another instance than
 * the one that started it. Single use: taking one marks it used atomically (a Lua script); it expires with the
 * state's lifetime plus an hour during which it answers "used" or "expired".
 */
export function createRedisOAuthStateStore(connection: RedisConnection): OAuthStateStore {
  const take = defineScript(connection, takeScript);
  const key = (state: string) => `${connection.keyPrefix}oauth:${state}`;
  return {
    put: async (state, record) => {
      const keepMs = Math.max(1, record.expiresAt - Date.now()) + REMEMBERED_MS;
      await connection.redis.set(key(state), JSON.stringify(record), 'PX', Math.ceil(keepMs));
    },
    take: async (state, at) => {
      const found = await take([key(state)], []);
      if (found === null || found === undefined) return { status: 'unknown' };
      if (found === 'used') return { status: 'used' };
      const record = readRecord(found);
      if (!record) return { status: 'unknown' };
      if (at > record.expiresAt) return { status: 'expired' };
      return { status: 'ok', record };
    },
  };
}

function readRecord(text: unknown): OAuthStateRecord | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const value = JSON.parse(text) as Partial<OAuthStateRecord>;
    if (typeof value.tenantId !== 'string' || !isIntercomRegion(value.region) || typeof value.expiresAt !== 'number') return undefined;
    return { tenantId: value.tenantId, region: value.region, expiresAt: value.expiresAt };
  } catch {
    return undefined;
  }
}

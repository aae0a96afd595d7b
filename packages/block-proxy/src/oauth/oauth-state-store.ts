import type { IntercomRegion } from '@workflow-blocks/block-core';

/** What an OAuth `state` stands for: who started connecting, and where. */
export interface OAuthStateRecord {
  tenantId: string;
  region: IntercomRegion;
  /** Epoch ms after which the state is refused. */
  expiresAt: number;
}

/** What taking a state found; a state can be taken once. */
export type OAuthStateTake =
  | { status: 'ok'; record: OAuthStateRecord }
  | { status: 'unknown' | 'expired' | 'used' };

/** Pending OAuth states. Memory for one instance; issue 16 puts them in Redis so a callback may land anywhere. */
export interface OAuthStateStore {
  put(state: string, record: OAuthStateRecord): Promise<void>;
  /** Takes a state once: the first take of a live state is `ok`, every later one `used`. */
  take(state: string, now: number): Promise<OAuthStateTake>;
}

/** Most states kept at once; the oldest are forgotten first (they answer "unknown" then). */
const MAX_STATES = 100_000;

/**
 * Keeps states in memory. A taken or expired state is remembered for an hour (or one more lifetime, if longer)
 * after it expired, so the page can say "already used" or "expired" rather than "unknown"; then it is forgotten.
 * @param lifetimeMs - the states' lifetime, for forgetting them.
 */
export function createMemoryOAuthStateStore(lifetimeMs: number, now: () => number = Date.now): OAuthStateStore {
  const states = new Map<string, OAuthStateRecord & { used: boolean }>();
  const rememberedMs = Math.max(lifetimeMs, 3_600_000);
  const forgetOld = () => {
    const cutoff = now() - rememberedMs;
    for (const [state, record] of states) if (record.expiresAt < cutoff || states.size > MAX_STATES) states.delete(state);
  };
  return {
    put: (state, record) => {
      forgetOld();
      states.set(state, { ...record, used: false });
      return Promise.resolve();
    },
    take: (state, at) => {
      forgetOld();
      const found = states.get(state);
      if (!found) return Promise.resolve({ status: 'unknown' });
      if (found.used) return Promise.resolve({ status: 'used' });
      found.used = true;
      if (at > found.expiresAt) return Promise.resolve({ status: 'expired' });
      const { used: _used, ...record } = found;
      return Promise.resolve({ status: 'ok', record });
    },
  };
}

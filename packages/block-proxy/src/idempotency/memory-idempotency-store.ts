import type { IdempotencyClaim, IdempotencyRecord, IdempotencyStore, StoredAnswer } from './idempotency-store.js';

/** Keys kept at most by default: past it the oldest go first (a day of runs of one busy instance fits). */
export const DEFAULT_MAX_MEMORY_KEYS = 100_000;

interface Entry {
  record: IdempotencyRecord;
  lease: string | undefined;
  expiresAt: number;
}

/**
 * An idempotency store in this process's memory: right for one instance (several instances need the Redis store,
 * or two of them would each run the same key once). Lost on restart.
 * @param options - `maxKeys` bounds memory; `now` is the clock (tests).
 */
export function createMemoryIdempotencyStore(options: { maxKeys?: number; now?: () => number } = {}): IdempotencyStore {
  const maxKeys = options.maxKeys ?? DEFAULT_MAX_MEMORY_KEYS;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let leases = 0;
  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const held = (key: string, lease: string) => {
    const entry = live(key);
    return entry?.lease === lease ? entry : undefined;
  };
  // Map order is insertion order: the first keys are the oldest.
  const set = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    for (const oldest of entries.keys()) {
      if (entries.size <= maxKeys) break;
      entries.delete(oldest);
    }
  };
  return {
    claim(key, fingerprint, leaseMs): Promise<IdempotencyClaim> {
      const entry = live(key);
      if (entry) return Promise.resolve({ claimed: false, record: entry.record });
      leases += 1;
      const lease = `lease-${leases}`;
      set(key, { record: { state: 'running', fingerprint }, lease, expiresAt: now() + leaseMs });
      return Promise.resolve({ claimed: true, lease });
    },
    renew(key, lease, leaseMs) {
      const entry = held(key, lease);
      if (entry) entry.expiresAt = now() + leaseMs;
      return Promise.resolve(entry !== undefined);
    },
    complete(key, lease, answer: StoredAnswer, ttlMs) {
      const entry = held(key, lease);
      if (entry) set(key, { record: { state: 'done', fingerprint: entry.record.fingerprint, answer }, lease: undefined, expiresAt: now() + ttlMs });
      return Promise.resolve(entry !== undefined);
    },
    release(key, lease) {
      if (held(key, lease)) entries.delete(key);
      return Promise.resolve();
    },
  };
}

import type { IntercomCallFailure } from './intercom-caller.js';

/**
 * What a cache load produced: only successes are kept. A failure keeps why the Intercom call failed, when it
 * did (no `cause`: Intercom answered, but not with what was asked for).
 */
export type CacheLoad<T> = { ok: true; value: T } | { ok: false; error: string; cause?: IntercomCallFailure['cause']; retryAfterMs?: number };

/** A value loaded on demand, kept for a short while, and loaded once for concurrent callers. */
export interface TtlCache<T> {
  get(): Promise<CacheLoad<T>>;
  clear(): void;
}

/**
 * Caches one value for `ttlMs` (e.g. the editor's ticket-type and admin pickers, and `GET /me`).
 * Failures are not cached, so the next call tries again.
 * @param ttlMs - how long a loaded value stays fresh; 0 disables caching but still shares concurrent loads.
 * @param load - fetches the value.
 * @example const admins = createTtlCache(30_000, loadAdmins); await admins.get();
 */
export function createTtlCache<T>(ttlMs: number, load: () => Promise<CacheLoad<T>>, now: () => number = Date.now): TtlCache<T> {
  let kept: { value: T; at: number } | undefined;
  let loading: Promise<CacheLoad<T>> | undefined;
  let generation = 0;
  return {
    get() {
      if (kept && now() - kept.at < ttlMs) return Promise.resolve({ ok: true, value: kept.value });
      if (loading) return loading;
      const started = generation;
      loading = load()
        .then((result) => {
          // A clear() during the load means the result may be stale (e.g. the token was rejected meanwhile).
          if (result.ok && started === generation) kept = { value: result.value, at: now() };
          return result;
        })
        .finally(() => {
          loading = undefined;
        });
      return loading;
    },
    clear() {
      kept = undefined;
      loading = undefined;
      generation += 1;
    },
  };
}

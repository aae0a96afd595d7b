import type { ConnectionStore } from './connections/connection-store.js';
import type { SharedProxyState } from './shared/shared-state.js';

/** What `GET /v1/intercom/health` reports: `ok` while runs can be served (the store answers). */
export interface ProxyHealth {
  ok: boolean;
  store: 'up' | 'down';
  /** The shared state several instances use; without it each instance is on its own. */
  redis: 'up' | 'down' | 'not_configured';
}

/** A health check never waits longer than this for either part. */
export const HEALTH_TIMEOUT_MS = 2_000;

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer in time')), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Asks the store and the shared state at once, each within `timeoutMs`. Redis down leaves `ok` true: runs go on
 * with each part's fallback (the README says which); the store down does not.
 */
export async function checkHealth(store: ConnectionStore, shared: SharedProxyState | undefined, timeoutMs = HEALTH_TIMEOUT_MS): Promise<ProxyHealth> {
  const [storeState, redis] = await Promise.all([
    within(store.ping?.() ?? Promise.resolve(), timeoutMs).then(
      () => 'up' as const,
      () => 'down' as const,
    ),
    shared
      ? within(shared.health(), timeoutMs).catch(() => 'down' as const)
      : Promise.resolve('not_configured' as const),
  ]);
  return { ok: storeState === 'up', store: storeState, redis };
}

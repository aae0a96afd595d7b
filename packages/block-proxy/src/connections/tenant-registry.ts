import type { CallLimiter } from '../request-limiter.js';
import { RequestLimiter } from '../request-limiter.js';
import { SharedRequestLimiter } from '../shared/shared-request-limiter.js';
import type { SharedRateLimits } from '../shared/shared-state.js';
import { TenantConnection, type TenantConnectionShared } from './tenant-connection.js';

/** How many tenants' caches and limiters are kept in memory at once; the least recently used go first. */
export const MAX_TENANTS_IN_MEMORY = 10_000;

/**
 * One `TenantConnection` per tenant, made on first use. Only caches and the limiter live here (the
 * connection itself is in the store), so dropping an idle tenant loses nothing but warm caches.
 * With a shared rate limit (several instances), limiters are per Intercom workspace instead, so two tenants
 * connected to one workspace share its limit; a connection whose workspace is unknown counts as its tenant's.
 */
export class TenantRegistry {
  private readonly tenants = new Map<string, TenantConnection>();
  private readonly workspaceLimiters = new Map<string, SharedRequestLimiter>();

  constructor(
    private readonly shared: TenantConnectionShared & { rateLimits?: SharedRateLimits | undefined },
    private readonly maxTenants = MAX_TENANTS_IN_MEMORY,
  ) {}

  get(tenantId: string): TenantConnection {
    let tenant = this.tenants.get(tenantId);
    if (tenant) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
      this.tenants.delete(tenantId);
    } else {
      tenant = new TenantConnection(tenantId, this.shared, this.limiters(tenantId));
    }
    this.tenants.set(tenantId, tenant);
    dropOldest(this.tenants, this.maxTenants);
    return tenant;
  }

  private limiters(tenantId: string): (workspaceId: string | undefined) => CallLimiter {
    const { rateLimit, retry } = this.shared.settings;
    const rateLimits = this.shared.rateLimits;
    if (!rateLimits) {
      // A pause never outlasts the longest rate-limit wait: after it, a read tries again and a write reports the 429.
      const own = new RequestLimiter({ ...rateLimit, maxPauseMs: retry.maxRateLimitWaitMs });
      return () => own;
    }
    return (workspaceId) => {
      const key = workspaceId ? `ws:${workspaceId}` : `tenant:${tenantId}`;
      let limiter = this.workspaceLimiters.get(key);
      if (limiter) this.workspaceLimiters.delete(key);
      else limiter = new SharedRequestLimiter({ ...rateLimit, maxPauseMs: retry.maxRateLimitWaitMs, shared: rateLimits, key, log: this.shared.log });
      this.workspaceLimiters.set(key, limiter);
      dropOldest(this.workspaceLimiters, this.maxTenants);
      return limiter;
    };
  }
}

/** Keeps a Map to `max` entries, dropping the least recently (re-)inserted. */
function dropOldest<V>(map: Map<string, V>, max: number): void {
  if (map.size <= max) return;
  const oldest = map.keys().next().value;
  if (oldest !== undefined) map.delete(oldest);
}

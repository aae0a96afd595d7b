import { RequestLimiter } from '../request-limiter.js';
import { TenantConnection, type TenantConnectionShared } from './tenant-connection.js';

/** How many tenants' caches and limiters are kept in memory at once; the least recently used go first. */
export const MAX_TENANTS_IN_MEMORY = 10_000;

/**
 * One `TenantConnection` per tenant, made on first use. Only caches and the limiter live here (the
 * connection itself is in the store), so dropping an idle tenant loses nothing but warm caches.
 */
export class TenantRegistry {
  private readonly tenants = new Map<string, TenantConnection>();

  constructor(
    private readonly shared: TenantConnectionShared,
    private readonly maxTenants = MAX_TENANTS_IN_MEMORY,
  ) {}

  get(tenantId: string): TenantConnection {
    let tenant = this.tenants.get(tenantId);
    if (tenant) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
      this.tenants.delete(tenantId);
    } else {
      const { rateLimit, retry } = this.shared.settings;
      // A pause never outlasts the longest rate-limit wait: after it, a read tries again and a write reports the 429.
      tenant = new TenantConnection(tenantId, this.shared, new RequestLimiter({ ...rateLimit, maxPauseMs: retry.maxRateLimitWaitMs }));
    }
    this.tenants.set(tenantId, tenant);
    if (this.tenants.size > this.maxTenants) {
      const oldest = this.tenants.keys().next().value;
      if (oldest !== undefined) this.tenants.delete(oldest);
    }
    return tenant;
  }
}

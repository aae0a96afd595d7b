import type { ConnectionVault } from './connections/connection-vault.js';
import type { TenantRegistry } from './connections/tenant-registry.js';
import type { IdempotentRuns } from './idempotency/idempotent-runs.js';
import type { OAuthFlow } from './oauth/oauth-flow.js';
import type { ProxyHealth } from './proxy-health.js';

/** What the routes use: each tenant's connection, the vault, and the OAuth flow when the host configured one. */
export interface ProxyServices {
  tenants: TenantRegistry;
  vault: ConnectionVault;
  oauth: OAuthFlow | undefined;
  /** Runs under an `Idempotency-Key`. */
  idempotentRuns: IdempotentRuns;
  /** Whether the store and the shared state (Redis) answer now. */
  health: () => Promise<ProxyHealth>;
}

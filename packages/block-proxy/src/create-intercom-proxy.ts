import type { IntercomRegion } from '@workflow-blocks/block-core';
import { ConnectionVault, type NewConnection } from './connections/connection-vault.js';
import { createMemoryConnectionStore } from './connections/memory-connection-store.js';
import { TenantRegistry } from './connections/tenant-registry.js';
import { createTokenCipher } from './connections/token-cipher.js';
import { fetchHttpClient } from './fetch-http-client.js';
import { IdempotentRuns } from './idempotency/idempotent-runs.js';
import { createMemoryIdempotencyStore } from './idempotency/memory-idempotency-store.js';
import { resolveIntercomBaseUrl } from './intercom-base-url.js';
import { OAuthFlow } from './oauth/oauth-flow.js';
import { createProxyApp } from './proxy-app.js';
import { isTenantId } from './proxy-caller.js';
import { resolveProxySettings, type IntercomProxyOptions } from './proxy-options.js';
import type { ProxyServices } from './proxy-services.js';
import { createSecretRedactingLog } from './secret-redacting-log.js';
import { checkHealth } from './proxy-health.js';

/** A web-standard handler: mount it in any host that speaks `Request -> Response`. */
export interface IntercomProxy {
  /** Answers one request; safe to pass around on its own (`serve({ fetch: proxy.fetch })`). */
  fetch: (request: Request) => Promise<Response>;
  /**
   * Stores a tenant's connection as the host configured it (e.g. `INTERCOM_ACCESS_TOKEN`), without asking
   * Intercom first: a wrong token shows as `needs_reconnect` on first use. Browsers use `/connections/token`.
   */
  connect(tenantId: string, connection: Omit<NewConnection, 'method'> & { method?: NewConnection['method'] }): Promise<void>;
  /** Deletes a tenant's connection and forgets its caches. */
  disconnect(tenantId: string): Promise<void>;
}

/**
 * Creates the Intercom block's server side: it authenticates the caller (a tenant), accepts only the block's
 * own operations, re-validates each config with block-core, adds the tenant's Intercom token (stored encrypted,
 * never leaving the server), the region's base URL and `Intercom-Version`, and applies time limits, rate
 * limiting and retries per tenant. Tenants connect by OAuth or with an access token.
 *
 * Routes (under `basePath`): `POST /v1/intercom/execute`, `GET|DELETE /v1/intercom/connection`,
 * `GET /v1/intercom/ticket-types`, `GET /v1/intercom/admins`, `POST /v1/intercom/connections/token`,
 * `POST /v1/intercom/oauth/start`, `GET /v1/intercom/oauth/callback` (the protocol in block-core's README).
 * @param options - the host's hooks and settings; see `IntercomProxyOptions`.
 * @returns `{ fetch, connect, disconnect }`, e.g. `serve({ fetch: proxy.fetch })` from @hono/node-server.
 * @throws Error at creation when the key, base URL or a number is invalid, or both `httpClient` and `fetch` are given.
 * @example
 * const proxy = createIntercomProxy({
 *   authenticate: bearerKeysAuthenticator({ acme: process.env.ACME_PROXY_KEY! }),
 *   store: await openSqliteConnectionStore('.data/connections.sqlite'),
 *   encryptionKey: process.env.CONNECTION_ENCRYPTION_KEY!,
 * });
 */
export function createIntercomProxy(options: IntercomProxyOptions): IntercomProxy {
  const settings = resolveProxySettings(options);
  if (options.httpClient && options.fetch) throw new Error('Give the proxy either httpClient or fetch, not both.');
  const baseUrl = options.baseUrl === undefined ? undefined : resolveIntercomBaseUrl({ baseUrl: options.baseUrl });
  const baseUrlFor = (region: IntercomRegion) => baseUrl ?? resolveIntercomBaseUrl({ region });
  const log = createSecretRedactingLog(options.log);
  const client = options.httpClient ?? fetchHttpClient(options.fetch);
  const store = options.store ?? createMemoryConnectionStore();
  const vault = new ConnectionVault(store, createTokenCipher(options.encryptionKey, options.previousEncryptionKeys), log, Date.now, options.shared?.tenants);
  const tenants = new TenantRegistry({
    vault,
    client,
    settings,
    log,
    mode: options.mode ?? 'intercom',
    connectMethods: options.oauth ? ['oauth', 'token'] : ['token'],
    baseUrlFor,
    rateLimits: options.shared?.rateLimits,
  });
  const sharedStates = options.oauth?.states ?? options.shared?.oauthStates;
  const oauthOptions = options.oauth && { ...options.oauth, ...(sharedStates ? { states: sharedStates } : {}) };
  const oauth = oauthOptions ? new OAuthFlow({ options: oauthOptions, vault, tenants, client, timeoutMs: settings.timeoutMs, maxResponseBytes: settings.maxResponseBytes, log, baseUrlFor }) : undefined;
  const idempotentRuns = new IdempotentRuns(options.idempotency?.store ?? options.shared?.idempotency ?? createMemoryIdempotencyStore(), settings.idempotency, log);
  const services: ProxyServices = { tenants, vault, oauth, idempotentRuns, health: () => checkHealth(store, options.shared) };
  const instanceId = options.instanceId ?? randomInstanceId();
  const app = createProxyApp({ options, maxBodyBytes: settings.maxBodyBytes, maxKeptReadBytes: settings.idempotency.maxKeptReadBytes, services, log, instanceId });
  const checkTenant = (tenantId: string) => {
    if (!isTenantId(tenantId)) throw new Error(`"${tenantId}" is not a tenant id (1 to 128 letters, digits or . _ : @ -).`);
  };
  return {
    fetch: async (request) => app.fetch(request),
    connect: async (tenantId, connection) => {
      checkTenant(tenantId);
      log.addSecret(connection.accessToken);
      await vault.connect(tenantId, { method: 'token', ...connection });
      tenants.get(tenantId).forget();
    },
    disconnect: async (tenantId) => {
      checkTenant(tenantId);
      await vault.disconnect(tenantId);
      tenants.get(tenantId).forget();
    },
  };
}

/** A short random name for an instance that was given none. */
function randomInstanceId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

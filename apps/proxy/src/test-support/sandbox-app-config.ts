import type { ProxyAppConfig } from '../config.js';

/** The one tenant's proxy key in apps/proxy's tests. */
export const TEST_PROXY_KEY = 'app-test-key-0123456789abcdef';

/**
 * A proxy in sandbox mode with one tenant, memory connections and no browser origins: what apps/proxy's tests start from.
 * @example startProxyApp(sandboxAppConfig({ dataDir }), log)
 */
export function sandboxAppConfig(overrides: Partial<ProxyAppConfig> = {}): ProxyAppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    tenants: [{ tenantId: 'default', apiKey: TEST_PROXY_KEY }],
    apiKeyGenerated: false,
    intercom: { mode: 'sandbox' },
    oauthUrls: {},
    store: { kind: 'memory' },
    dataDir: '/tmp/data',
    encryption: { previousKeys: [] },
    allowedOrigins: [],
    sandbox: { port: 0 },
    notes: [],
    ...overrides,
  };
}

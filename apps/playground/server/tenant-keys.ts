/** A caller of the proxy as the playground's server knows it: a tenant name and its proxy key (never sent to the browser). */
export interface TenantKey {
  tenant: string;
  key: string;
}

/** What the browser learns about the playground's set-up: tenant names and where the OAuth callback page lives. */
export interface PlaygroundSettings {
  tenants: string[];
  oauthCallbackOrigin: string;
}

/** The tenant segment of the browser's paths: `/tenants/<tenant>/v1/intercom/...`. */
export const TENANT_PATH = /^\/tenants\/([a-z0-9][a-z0-9_-]{0,63})(\/v1\/intercom(?:\/.*)?)$/i;

/**
 * The tenants and keys from the environment, as apps/proxy reads them: `PROXY_API_KEYS=acme:<key>,globex:<key>`,
 * or `PROXY_API_KEY` alone for one tenant (named `default`).
 */
export function parseTenantKeys(env: { PROXY_API_KEYS?: string | undefined; PROXY_API_KEY?: string | undefined }): TenantKey[] {
  const list = env.PROXY_API_KEYS?.trim();
  if (list) {
    return list.split(',').map((entry) => {
      const at = entry.indexOf(':');
      const tenant = entry.slice(0, at).trim();
      const key = entry.slice(at + 1).trim();
      if (at <= 0 || key === '' || !TENANT_PATH.test(`/tenants/${tenant}/v1/intercom`)) {
        throw new Error(`PROXY_API_KEYS: "${entry.slice(0, Math.max(at, 0))}…" is not "<tenant>:<key>" (tenant: letters, digits, - and _).`);
      }
      return { tenant, key };
    });
  }
  return env.PROXY_API_KEY ? [{ tenant: 'default', key: env.PROXY_API_KEY }] : [];
}

/**
 * The forwarded request for a browser path: the proxy's path and the key to send, or undefined for a tenant the
 * playground does not have (the proxy then answers 401 for the missing key).
 */
export function forwardFor(path: string, keys: readonly TenantKey[]): { path: string; key: string | undefined } | undefined {
  const match = TENANT_PATH.exec(path.split('?')[0] ?? path);
  if (!match) return undefined;
  const query = path.includes('?') ? path.slice(path.indexOf('?')) : '';
  return { path: `${match[2] ?? ''}${query}`, key: keys.find((k) => k.tenant === match[1])?.key };
}

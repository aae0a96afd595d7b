import { createProxyTransport, type ProxyTransport } from '@workflow-blocks/block-core';

export const TENANT_STORAGE_KEY = 'intercom-block-playground.tenant';

/**
 * The transport of one tenant: same-origin paths under /tenants/<tenant>/, which the playground's server forwards
 * to the proxy with that tenant's key.
 */
export const tenantTransport = (tenant: string): ProxyTransport =>
  createProxyTransport({ url: `${window.location.origin}/tenants/${encodeURIComponent(tenant)}`, apiKey: '', timeoutMs: 30_000 });

/** The tenant chosen last, when the server still has it; else the first. */
export function initialTenant(tenants: readonly string[], storage: Pick<Storage, 'getItem'> = localStorage): string {
  const saved = storage.getItem(TENANT_STORAGE_KEY);
  return saved !== null && tenants.includes(saved) ? saved : (tenants[0] ?? 'default');
}

/** Who is calling the proxy: everything about a connection (token, state, caches, rate) is kept per tenant. */
export interface ProxyCaller {
  /** The workspace of the host product (the Workflow Builder's tenant), never chosen by the browser. */
  tenantId: string;
}

/**
 * Decides who a request comes from, or refuses it (`undefined`, `null` or `false`): e.g. a session cookie check
 * in the host, or `bearerKeyAuthenticator`. Nothing reaches Intercom for a refused request.
 */
export type ProxyAuthenticator = (request: Request) => ProxyCaller | null | undefined | false | Promise<ProxyCaller | null | undefined | false>;

/** Tenant ids are keys in stores and logs: short printable words. */
export function isTenantId(value: unknown): boolean {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/.test(value);
}

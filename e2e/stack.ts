// Ports and keys of the stack the journeys run against (all on 127.0.0.1).
export const host = '127.0.0.1';
// The proxy refuses keys shorter than 16 characters (apps/proxy/src/config.ts).
export const proxyKey = 'e2e-proxy-key-for-tests';
// The main proxy's two tenants (PROXY_API_KEYS): acme starts connected to the sandbox's first workspace, globex not.
export const tenantKeys = { acme: proxyKey, globex: 'e2e-globex-proxy-key-for-tests' } as const;
export const proxyApiKeys = Object.entries(tenantKeys)
  .map(([tenant, key]) => `${tenant}:${key}`)
  .join(',');
export const sandboxToken = 'e2e-sandbox-token';
// E2E_PORT_OFFSET shifts every port, so two checkouts can run their journeys side by side.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const ports = {
  sandbox: 8792 + offset,
  proxy: 8791 + offset,
  playground: 4173 + offset,
  wrongTokenProxy: 8793 + offset,
  wrongTokenPlayground: 4174 + offset,
};
export const url = (port: number) => `http://${host}:${port}`;

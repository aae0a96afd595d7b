// Ports and keys of the stack the journeys run against (all on 127.0.0.1).
export const host = '127.0.0.1';
// The proxy refuses keys shorter than 16 characters (apps/proxy/src/config.ts).
export const proxyKey = 'e2e-proxy-key-for-tests';
export const sandboxToken = 'e2e-sandbox-token';
export const ports = {
  sandbox: 8792,
  proxy: 8791,
  playground: 4173,
  wrongTokenProxy: 8793,
  wrongTokenPlayground: 4174,
};
export const url = (port: number) => `http://${host}:${port}`;

import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSameOriginRequest } from './forward-to-proxy.js';

const KEY = 'playground-forward-key-0123456789';
const GLOBEX_KEY = 'playground-globex-key-0123456789';

describe('isSameOriginRequest', () => {
  const host = '127.0.0.1:4173';
  it.each<[string, string, IncomingHttpHeaders, boolean]>([
    ['a fetch from its own page', 'POST', { host, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' }, true],
    ['a same-origin GET (no Origin)', 'GET', { host, 'sec-fetch-site': 'same-origin' }, true],
    ['an address typed in the address bar', 'GET', { host, 'sec-fetch-site': 'none' }, true],
    ['a form posted from another site', 'POST', { host, origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' }, false],
    ['a fetch from another port on the same host', 'POST', { host, origin: 'http://127.0.0.1:9999', 'sec-fetch-site': 'same-site' }, false],
    ['a POST claiming same-origin with a foreign Origin', 'POST', { host, origin: 'http://evil.example', 'sec-fetch-site': 'same-origin' }, false],
    ['a POST from a sandboxed frame (Origin: null)', 'POST', { host, origin: 'null' }, false],
    ['a POST from an older browser, same origin', 'POST', { host, origin: `http://${host}` }, true],
    ['a POST with no sign of where it came from', 'POST', { host }, false],
    ['a GET with no sign of where it came from', 'GET', { host }, true],
    ['a cross-site GET', 'GET', { host, 'sec-fetch-site': 'cross-site' }, false],
    ['a POST typed nowhere (Sec-Fetch-Site: none)', 'POST', { host, 'sec-fetch-site': 'none' }, false],
  ])('%s: %s -> %s', (_name, method, headers, expected) => {
    expect(isSameOriginRequest(method, headers)).toBe(expected);
  });
});

describe("the playground's Vite server forwarding to the proxy", () => {
  let proxy: Server;
  let vite: ViteDevServer;
  let viteUrl: string;
  const received: { url: string | undefined; authorization: string | undefined }[] = [];

  beforeAll(async () => {
    proxy = createHttpServer((request, response) => {
      received.push({ url: request.url, authorization: request.headers.authorization });
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"success":true}');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const saved = { url: process.env.PROXY_URL, key: process.env.PROXY_API_KEYS };
    process.env.PROXY_URL = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    process.env.PROXY_API_KEYS = `acme:${KEY},globex:${GLOBEX_KEY}`;
    try {
      vite = await createServer({
        configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
        root: fileURLToPath(new URL('..', import.meta.url)),
        logLevel: 'silent',
        server: { port: 0, host: '127.0.0.1', hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
    } finally {
      process.env.PROXY_URL = saved.url;
      process.env.PROXY_API_KEYS = saved.key;
      if (saved.url === undefined) delete process.env.PROXY_URL;
      if (saved.key === undefined) delete process.env.PROXY_API_KEYS;
    }
    await vite.listen();
    viteUrl = `http://127.0.0.1:${(vite.httpServer?.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    await vite.close();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  });

  const post = (headers: Record<string, string>, tenant = 'acme') =>
    fetch(`${viteUrl}/tenants/${tenant}/v1/intercom/execute`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{"config":{}}' });
  const sameOrigin = () => ({ Origin: viteUrl, 'Sec-Fetch-Site': 'same-origin' });

  it('forwards a same-origin call with the key added on the server', async () => {
    received.length = 0;
    const response = await post(sameOrigin());
    expect(response.status).toBe(200);
    expect(received).toEqual([{ url: '/v1/intercom/execute', authorization: `Bearer ${KEY}` }]);
  });

  it("sends each tenant's own key, never one the browser sent, and none for a tenant it does not have", async () => {
    received.length = 0;
    await post({ ...sameOrigin(), Authorization: `Bearer ${KEY}` }, 'globex');
    await post({ ...sameOrigin(), Authorization: `Bearer ${KEY}` }, 'initech');
    expect(received).toEqual([
      { url: '/v1/intercom/execute', authorization: `Bearer ${GLOBEX_KEY}` },
      { url: '/v1/intercom/execute', authorization: undefined },
    ]);
  });

  it('tells the browser the tenant names and the proxy origin, and no key', async () => {
    const response = await fetch(`${viteUrl}/playground-settings.json`);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ tenants: ['acme', 'globex'], oauthCallbackOrigin: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` });
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(GLOBEX_KEY);
  });

  it('answers 403 to a call from another site and forwards nothing', async () => {
    received.length = 0;
    const foreign: Record<string, string>[] = [{ Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }, {}];
    for (const headers of foreign) {
      const response = await post(headers);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ success: false, error: expect.stringMatching(/only requests from its own pages/) as unknown });
    }
    expect(received).toEqual([]);
  });
});

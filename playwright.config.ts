import { defineConfig } from 'playwright/test';
import { chromiumArgs, chromiumExecutable } from './scripts/chromium.js';
import { host, ports, proxyApiKeys, proxyKey, sandboxToken, url } from './e2e/stack.js';

const preview = (port: number, proxyPort: number, keys: Record<string, string>) => ({
  // Vite's own binary: a fresh machine may have pnpm only under .tools/, not on the PATH.
  command: `node node_modules/vite/bin/vite.js preview apps/playground --host ${host} --port ${port} --strictPort`,
  url: url(port),
  env: { PROXY_URL: url(proxyPort), ...keys },
  reuseExistingServer: false,
  timeout: 60_000,
});

// Journeys run against the built playground and the built proxy with its embedded sandbox.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: url(ports.playground),
    launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: 'node apps/proxy/dist/main.js',
      url: `${url(ports.proxy)}/v1/intercom/health`,
      // Two tenants; the OAuth callback page posts its result to the playground's origin only.
      env: {
        HOST: host,
        PORT: String(ports.proxy),
        PROXY_API_KEYS: proxyApiKeys,
        PROXY_ALLOWED_ORIGINS: url(ports.playground),
        SANDBOX_PORT: String(ports.sandbox),
        SANDBOX_TOKEN: sandboxToken,
      },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'node apps/proxy/dist/main.js',
      url: `${url(ports.wrongTokenProxy)}/v1/intercom/health`,
      env: {
        HOST: host,
        PORT: String(ports.wrongTokenProxy),
        PROXY_API_KEY: proxyKey,
        INTERCOM_ACCESS_TOKEN: 'a-token-the-sandbox-does-not-accept',
        INTERCOM_BASE_URL: url(ports.sandbox),
        // Nothing to keep: the journey only needs the wrong token's connection.
        CONNECTIONS_DB: 'memory',
      },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    preview(ports.playground, ports.proxy, { PROXY_API_KEYS: proxyApiKeys }),
    preview(ports.wrongTokenPlayground, ports.wrongTokenProxy, { PROXY_API_KEY: proxyKey }),
  ],
});

import type { IncomingMessage, ServerResponse } from 'node:http';
import { defineConfig, defaultClientConditions, type Connect } from 'vite';
import react from '@vitejs/plugin-react';
import { noMonacoCdn } from '@workflow-blocks/block-ui/vite-plugin';
import { forwardToProxy } from './server/forward-to-proxy.js';
import { parseTenantKeys, type PlaygroundSettings } from './server/tenant-keys.js';

// The dev and preview servers forward the block's protocol to the proxy and add the tenant's key on the server
// side, for the playground's own pages only (another site's page must not get a call made with a key). The
// browser asks for /tenants/<tenant>/v1/intercom/*; its tenants come from PROXY_API_KEYS (or PROXY_API_KEY).
const proxyUrl = process.env.PROXY_URL ?? 'http://127.0.0.1:8787';
const keys = parseTenantKeys(process.env);
const forward = forwardToProxy(proxyUrl, keys);
// What the browser may know: tenant names, and the origin of the proxy's OAuth callback page (no key).
const settings: PlaygroundSettings = {
  tenants: keys.map((k) => k.tenant),
  oauthCallbackOrigin: new URL(process.env.PROXY_PUBLIC_URL ?? proxyUrl).origin,
};

const serveSettings: Connect.NextHandleFunction = (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
  if (req.url !== '/playground-settings.json') return next();
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(settings));
};

export default defineConfig({
  // Monaco comes from the installed package; no CDN address is left in the bundle.
  plugins: [
    react(),
    noMonacoCdn(),
    {
      name: 'playground-settings',
      configureServer: (server) => void server.middlewares.use(serveSettings),
      configurePreviewServer: (server) => void server.middlewares.use(serveSettings),
    },
  ],
  resolve: { conditions: ['@workflow-blocks/source', ...defaultClientConditions] },
  worker: { format: 'es' },
  server: { proxy: forward },
  preview: { proxy: forward },
  build: { chunkSizeWarningLimit: 4000 },
});

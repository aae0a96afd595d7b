import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';
import { noMonacoCdn } from '@workflow-blocks/block-ui/vite-plugin';
import { forwardToProxy } from './server/forward-to-proxy.js';

// The dev and preview servers forward the block's protocol to the proxy and add its key on the server side,
// for the playground's own pages only (another site's page must not get a call made with the key).
const forward = forwardToProxy(process.env.PROXY_URL ?? 'http://127.0.0.1:8787', process.env.PROXY_API_KEY ?? '');

export default defineConfig({
  // Monaco comes from the installed package; no CDN address is left in the bundle.
  plugins: [react(), noMonacoCdn()],
  resolve: { conditions: ['@workflow-blocks/source', ...defaultClientConditions] },
  worker: { format: 'es' },
  server: { proxy: forward },
  preview: { proxy: forward },
  build: { chunkSizeWarningLimit: 4000 },
});

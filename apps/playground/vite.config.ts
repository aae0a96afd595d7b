import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';
import { noMonacoCdn } from '@workflow-blocks/block-ui/vite-plugin';

// The dev and preview servers forward the block's protocol to the proxy and add its key on the server side.
const proxyUrl = process.env.PROXY_URL ?? 'http://127.0.0.1:8787';
const apiKey = process.env.PROXY_API_KEY ?? '';
const forward = {
  '/v1/intercom': { target: proxyUrl, changeOrigin: true, headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {} },
};

export default defineConfig({
  // Monaco comes from the installed package; no CDN address is left in the bundle.
  plugins: [react(), noMonacoCdn()],
  resolve: { conditions: ['@workflow-blocks/source', ...defaultClientConditions] },
  worker: { format: 'es' },
  server: { proxy: forward },
  preview: { proxy: forward },
  build: { chunkSizeWarningLimit: 4000 },
});

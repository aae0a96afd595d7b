import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Library build: src/index.ts to dist/index.js (ES module) and dist/style.css. React and block-core come from
// the host; Monaco and its workers are only reachable through the lazily imported JSON editor chunk.
const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@workflow-blocks\/block-core($|\/)/];

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: 'index',
      cssFileName: 'style',
    },
    rollupOptions: { external },
  },
});

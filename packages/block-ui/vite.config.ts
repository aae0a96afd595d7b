import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// Library build: src/index.ts to dist/index.js (ES module) and dist/style.css. React and block-core come from
// the host; Monaco and its workers are only reachable through the lazily imported JSON editor chunk.
const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@workflow-blocks\/block-core($|\/)/];

/** Removes the previous bundle but keeps dist/types, which `tsc -b` wrote just before. */
function cleanBundle(outDir: string): Plugin {
  return {
    name: 'block-ui:clean-bundle',
    apply: 'build',
    buildStart() {
      let entries: string[] = [];
      try {
        entries = readdirSync(outDir);
      } catch {
        return;
      }
      for (const entry of entries) if (entry !== 'types') rmSync(join(outDir, entry), { recursive: true, force: true });
    },
  };
}

export default defineConfig({
  plugins: [react(), cleanBundle('dist')],
  // Relative URLs, so workers and chunks load from wherever the host serves the package.
  base: './',
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    target: 'es2022',
    cssCodeSplit: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: 'index',
      cssFileName: 'style',
    },
    rollupOptions: { external },
  },
});

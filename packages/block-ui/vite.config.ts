import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { noMonacoCdn } from './vite-plugin.mjs';

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

/**
 * Names the package's own CSS `style.css`, and makes the lazily loaded Monaco chunk add Monaco's CSS to the page
 * itself when it loads, so a host imports one small stylesheet and Monaco's arrives only with Monaco.
 */
function lazyChunkCss(): Plugin {
  return {
    name: 'block-ui:lazy-chunk-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const own = bundle['index.css'];
      if (own?.type === 'asset') {
        delete bundle['index.css'];
        this.emitFile({ type: 'asset', fileName: 'style.css', source: own.source });
      }
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.isDynamicEntry) continue;
        const css = [...(output.viteMetadata?.importedCss ?? [])];
        if (css.length === 0) continue;
        const links = css.map((file) => `new URL(${JSON.stringify(`./${file}`)}, import.meta.url).href`).join(', ');
        const loader = `;for (const href of [${links}]) { if (typeof document !== 'undefined' && !document.querySelector(\`link[data-block-ui][href="\${href}"]\`)) { const link = document.createElement('link'); link.rel = 'stylesheet'; link.href = href; link.dataset.blockUi = ''; document.head.append(link); } }\n`;
        // Added after the code (before the source map comment), so the chunk's source map stays valid.
        const mapComment = output.code.lastIndexOf('\n//# sourceMappingURL=');
        output.code = mapComment === -1 ? `${output.code}\n${loader}` : `${output.code.slice(0, mapComment)}\n${loader}${output.code.slice(mapComment + 1)}`;
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), noMonacoCdn(), cleanBundle('dist'), lazyChunkCss()],
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

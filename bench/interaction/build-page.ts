import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, defaultClientConditions } from 'vite';

/**
 * Builds the bench page (bench/interaction/page) for production, as a host would ship it: React in production
 * mode, workspace packages from source, Monaco and its workers as block-ui's lazy chunk loads them.
 */
export async function buildInteractionPage(repoRoot: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(repoRoot, 'bench/interaction/page'),
    base: './',
    logLevel: 'error',
    mode: 'production',
    plugins: [react()],
    resolve: { conditions: ['@workflow-blocks/source', ...defaultClientConditions] },
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      target: 'es2022',
      reportCompressedSize: false,
      chunkSizeWarningLimit: 100_000,
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  });
}

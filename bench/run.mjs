// `pnpm bench [suite...]`: bundles the TypeScript bench (workspace packages from their source) with Vite, then runs it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defaultServerConditions } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'node_modules', '.cache', 'bench', 'node');
const sourceCondition = '@workflow-blocks/source';

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  mode: 'production',
  ssr: {
    // Everything is bundled (workspace packages from source, hono, ajv, ...) except the tools that drive builds and
    // the browser: they resolve from the root node_modules.
    noExternal: true,
    external: ['vite', '@vitejs/plugin-react', 'playwright-core'],
    resolve: { conditions: [sourceCondition, ...defaultServerConditions], externalConditions: [] },
  },
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { main: join(root, 'bench/main.ts'), 'proxy-server': join(root, 'bench/proxy/server.ts'), 'proxy-app': join(root, 'apps/proxy/src/main.ts') },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});

const child = spawn(process.execPath, [join(outDir, 'main.mjs'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BENCH_REPO_ROOT: root, NODE_ENV: 'production' },
});
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, defaultClientConditions, loadConfigFromFile, type InlineConfig, type PluginOption, type Rolldown, type UserConfig } from 'vite';

export type BuiltFile = Rolldown.OutputChunk | Rolldown.OutputAsset;

/** React and react-dom are the host's (peers); everything else the package pulls in is counted. */
export const peerExternals = [/^react($|\/)/, /^react-dom($|\/)/];

const sourceCondition = '@workflow-blocks/source';

function filesOf(result: Awaited<ReturnType<typeof build>>): BuiltFile[] {
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) => ('output' in output ? output.output : []));
}

/** The same settings for every bundle measured: peers external, workspace packages from source, no source maps. */
function measuredBuild(config: UserConfig, root: string, outDir: string): InlineConfig {
  const rolldownOptions = {
    ...(config.build?.rollupOptions ?? {}),
    ...(config.build?.rolldownOptions ?? {}),
    external: peerExternals,
    // The build's own timing report is noise in the bench's output.
    checks: { bundlerTimings: false },
  };
  return {
    ...config,
    configFile: false,
    root,
    logLevel: 'error',
    mode: 'production',
    resolve: { ...config.resolve, conditions: [sourceCondition, ...defaultClientConditions] },
    build: {
      ...config.build,
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: undefined,
      rolldownOptions,
    },
  };
}

/**
 * Builds block-ui's library with its own Vite config (packages/block-ui/vite.config.ts) into `outDir`, with two
 * changes: only react and react-dom stay external (block-core is a dependency a host installs with it, so it counts)
 * and no source maps. Without a usable config it builds src/index.ts as a library with a config of its own.
 * @returns the files written and which config was used
 */
export async function buildBlockUi(repoRoot: string, outDir: string): Promise<{ files: BuiltFile[]; config: string }> {
  const uiRoot = join(repoRoot, 'packages', 'block-ui');
  const configPath = join(uiRoot, 'vite.config.ts');
  let problem = 'no packages/block-ui/vite.config.ts';
  if (existsSync(configPath)) {
    try {
      const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, configPath, uiRoot, 'silent');
      if (loaded) {
        const config = { ...loaded.config, plugins: withoutOutDirCleaning(loaded.config.plugins) };
        return { files: filesOf(await build(measuredBuild(config, uiRoot, outDir))), config: 'packages/block-ui/vite.config.ts' };
      }
    } catch (error) {
      problem = `packages/block-ui/vite.config.ts failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    }
  }
  const fallback: UserConfig = {
    plugins: [react()],
    worker: { format: 'es' },
    build: { target: 'es2022', lib: { entry: join(uiRoot, 'src/index.ts'), formats: ['es'], fileName: 'index' } },
  };
  return { files: filesOf(await build(measuredBuild(fallback, uiRoot, outDir))), config: `the bench's own library config (${problem})` };
}

/**
 * Drops the config's plugin that empties its `dist` folder (named relative to the working directory): the bench
 * writes to a temporary folder of its own, which Vite empties, and must never touch a dist it does not own.
 */
function withoutOutDirCleaning(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? []).map((plugin): PluginOption => {
    if (Array.isArray(plugin)) return withoutOutDirCleaning(plugin);
    return plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'block-ui:clean-bundle' ? false : plugin;
  });
}

/** The baseline: @rjsf/core's Form with the ajv 8 validator, built the same way. */
export async function buildRjsfBaseline(repoRoot: string, outDir: string): Promise<BuiltFile[]> {
  const config: UserConfig = {
    plugins: [react()],
    build: { target: 'es2022', lib: { entry: join(repoRoot, 'bench/bundle/rjsf-entry.ts'), formats: ['es'], fileName: 'index' } },
  };
  return filesOf(await build(measuredBuild(config, repoRoot, outDir)));
}

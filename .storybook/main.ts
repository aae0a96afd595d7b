import type { StorybookConfig } from '@storybook/react-vite';
import { operationStoriesIndexer, operationStoriesPlugin } from './operation-stories.js';

const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.tsx'],
  framework: { name: '@storybook/react-vite', options: {} },
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // The operation table's stories are generated (operation-stories.ts): listed by their own indexer.
  experimental_indexers: (existing) => [operationStoriesIndexer, ...(existing ?? [])],
  viteFinal(viteConfig) {
    // Stories use the workspace packages' TypeScript source, and Monaco's workers as ES modules.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['@workflow-blocks/source', 'module', 'browser', 'development|production'];
    viteConfig.worker = { ...viteConfig.worker, format: 'es' };
    viteConfig.plugins = [operationStoriesPlugin(), ...(viteConfig.plugins ?? [])];
    return viteConfig;
  },
};

export default config;

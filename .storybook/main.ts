import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.tsx'],
  framework: { name: '@storybook/react-vite', options: {} },
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    // Stories use the workspace packages' TypeScript source, and Monaco's workers as ES modules.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['@workflow-blocks/source', 'module', 'browser', 'development|production'];
    viteConfig.worker = { ...viteConfig.worker, format: 'es' };
    return viteConfig;
  },
};

export default config;

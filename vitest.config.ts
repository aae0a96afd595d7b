import { defineConfig, defaultClientConditions, defaultServerConditions } from 'vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumArgs, chromiumExecutable } from './scripts/chromium.js';

// Workspace packages resolve to their TypeScript source in tests, so no build is needed first.
const sourceCondition = '@workflow-blocks/source';

const chromium = () =>
  ({
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs } }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  });

const projects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: {
      name: 'unit',
      environment: 'node',
      // Real HTTP servers on loopback; CI has 2 cores.
      testTimeout: 20_000,
      include: ['packages/{block-core,block-proxy,intercom-sandbox,test-support}/src/**/*.test.ts', 'apps/proxy/src/**/*.test.ts', 'apps/playground/server/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    },
  },
  {
    extends: true,
    test: {
      // Several apps/proxy processes on one Redis and one standalone sandbox, over real HTTP on 127.0.0.1 (apps/proxy/README.md).
      name: 'fleet',
      environment: 'node',
      include: ['apps/proxy/fleet/**/*.test.ts'],
      globalSetup: ['apps/proxy/fleet/build-before-fleet.ts'],
      // Each file starts its own fleet of processes: one at a time on a 2-core machine.
      fileParallelism: false,
      testTimeout: 180_000,
      hookTimeout: 120_000,
    },
  },
  {
    extends: true,
    test: {
      name: 'component',
      environment: 'jsdom',
      // jsdom with Radix and user-event is slow on a 2-core machine.
      testTimeout: 30_000,
      include: ['packages/block-ui/src/**/*.test.{ts,tsx}', 'apps/playground/src/**/*.test.{ts,tsx}'],
      exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
      setupFiles: ['packages/block-ui/src/test-support/jsdom-setup.ts'],
    },
  },
  {
    extends: true,
    test: {
      name: 'browser',
      include: ['packages/block-ui/src/**/*.browser.test.{ts,tsx}'],
      browser: chromium(),
      testTimeout: 60_000,
    },
  },
  {
    extends: true,
    plugins: [storybookTest({ configDir: '.storybook' })],
    test: {
      name: 'storybook',
      browser: chromium(),
      testTimeout: 60_000,
    },
  },
];

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
  worker: { format: 'es' },
  test: { projects },
});

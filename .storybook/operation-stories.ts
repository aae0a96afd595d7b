import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { loadCsf } from 'storybook/internal/csf-tools';
import type { Indexer } from 'storybook/internal/types';

/**
 * The stories of every operation of the table in every state are written into this file when Storybook or
 * Vitest loads it (the file itself holds only their meta), so an operation added to the table gets its
 * stories with no edit anywhere: a Vite plugin appends the exports, and an indexer lists them in Storybook.
 */
export const operationStoriesFile = /[\\/]packages[\\/]block-ui[\\/]src[\\/]editor[\\/]OperationStates\.stories\.tsx$/;

const statesModule = fileURLToPath(new URL('../packages/block-ui/src/test-support/operation-states.ts', import.meta.url));

const blockCoreSource = fileURLToPath(new URL('../packages/block-core/src/index.ts', import.meta.url));

/** One generated story, as `operationStoryEntries` in test-support/operation-states.ts lists it. */
interface OperationStoryEntry {
  exportName: string;
  key: string;
  state: string;
}

let entries: Promise<OperationStoryEntry[]> | undefined;

/** The table's operations and states, read from block-core's source in Node (once per process). */
function operationStoryEntries(): Promise<OperationStoryEntry[]> {
  entries ??= runnerImport<{ operationStoryEntries: () => OperationStoryEntry[] }>(statesModule, {
    configFile: false,
    logLevel: 'error',
    // Node runs block-core's TypeScript source, as Vitest does (its package entry is the built dist/).
    resolve: { alias: [{ find: /^@workflow-blocks\/block-core$/, replacement: blockCoreSource }] },
  }).then(({ module }) => module.operationStoryEntries());
  return entries;
}

/** The file's own code followed by one export per operation and state. */
export async function withOperationStories(code: string): Promise<string> {
  const lines = (await operationStoryEntries()).map(
    ({ exportName, key, state }) => `export const ${exportName} = operationStory(${JSON.stringify(key)}, ${JSON.stringify(state)});`,
  );
  return `${code}\nimport { operationStory } from '../test-support/operation-story.js';\n${lines.join('\n')}\n`;
}

/** Appends the generated story exports before any other plugin (Storybook's CSF plugin, Vitest's story transform) reads the file. */
export function operationStoriesPlugin(): Plugin {
  return {
    name: 'workflow-blocks:operation-stories',
    enforce: 'pre',
    async transform(code, id) {
      if (!operationStoriesFile.test(id.split('?')[0] ?? id)) return undefined;
      return { code: await withOperationStories(code), map: null };
    },
  };
}

/** Lists the generated stories in Storybook's index (its own indexer reads the file as it is on disk). */
export const operationStoriesIndexer: Indexer = {
  test: operationStoriesFile,
  createIndex: async (fileName, options) => {
    const code = await withOperationStories(await readFile(fileName, 'utf-8'));
    return loadCsf(code, { ...options, fileName }).parse().indexInputs;
  },
};

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../lib/paths.js';
import type { SuiteResult } from '../lib/result.js';
import { formatBytes, formatRatio } from '../lib/stats.js';
import { buildBlockUi, buildRjsfBaseline, type BuiltFile } from './build-outputs.js';
import { gzipSize, isChunk, lazyGroups, monacoModulesIn, monacoParts, packageShares, staticClosure } from './bundle-analysis.js';

/** block-ui's entry JavaScript may weigh at most this much, minified and gzipped. */
const ENTRY_BUDGET_BYTES = 60 * 1024;
/** The only Monaco language and workers the lazy chunk may carry. */
const ALLOWED_LANGUAGES = ['json'];
const ALLOWED_WORKERS = ['editor.worker', 'json.worker'];

const sum = (files: BuiltFile[]) => files.reduce((total, file) => total + gzipSize(file), 0);
const workerName = (fileName: string) => /([^/]+\.worker)[-.]/.exec(fileName)?.[1];

/**
 * block-ui's entry (what a host loads up front, react and react-dom excluded) beside @rjsf/core with its ajv
 * validator built the same way, the lazily loaded Monaco chunk(s) with their workers, proving Monaco is not
 * statically reachable from the entry, and any other lazily loaded part (block-core's validation engine) on its own.
 */
export async function runBundleBench(): Promise<SuiteResult> {
  const dir = mkdtempSync(join(tmpdir(), 'wb-bench-bundle-'));
  try {
    const ui = await buildBlockUi(repoRoot, join(dir, 'block-ui'));
    const rjsf = await buildRjsfBaseline(repoRoot, join(dir, 'rjsf'));

    const entryChunks = staticClosure(ui.files);
    const entryNames = new Set(entryChunks.map((chunk) => chunk.fileName));
    const allLazy = ui.files.filter(isChunk).filter((chunk) => !entryNames.has(chunk.fileName));
    // Each lazily loaded part on its own: Monaco (a part holding Monaco modules), and anything else the entry
    // imports dynamically (e.g. block-core's validation engine), so neither hides in the other's figure.
    const groups = lazyGroups(ui.files, entryChunks);
    const isMonacoGroup = (group: (typeof groups)[number]) => monacoModulesIn(group.chunks).length > 0;
    const unique = <T>(items: T[]) => [...new Set(items)];
    const lazyChunks = unique(groups.filter(isMonacoGroup).flatMap((group) => group.chunks));
    const otherGroups = groups.filter((group) => !isMonacoGroup(group));
    const otherChunks = unique(otherGroups.flatMap((group) => group.chunks));
    const sharedLazy = lazyChunks.filter((chunk) => otherChunks.includes(chunk));
    const unaccounted = allLazy.filter((chunk) => !lazyChunks.includes(chunk) && !otherChunks.includes(chunk));
    const workers = ui.files.filter((file) => file.type === 'asset' && workerName(file.fileName) !== undefined);
    const lazyCss = ui.files.filter((file) => file.type === 'asset' && file.fileName.endsWith('.css') && file.fileName !== 'style.css');
    const entryCss = ui.files.filter((file) => file.fileName === 'style.css');

    const entryBytes = sum(entryChunks);
    const rjsfBytes = sum(staticClosure(rjsf));
    const lazyJs = sum(lazyChunks);
    const lazyCssBytes = sum(lazyCss);
    const otherJs = sum(otherChunks);
    const groupName = (group: (typeof groups)[number]) => group.root.name;
    const otherNames = otherGroups.map(groupName).join(' + ');

    const reachable = monacoModulesIn(entryChunks);
    const lazyMonaco = monacoModulesIn(lazyChunks);
    const { languages, parts } = monacoParts(lazyChunks.flatMap((chunk) => chunk.moduleIds));
    const workerNames = workers.map((file) => workerName(file.fileName) ?? file.fileName);
    const extraLanguages = languages.filter((language) => !ALLOWED_LANGUAGES.includes(language));
    const extraWorkers = workerNames.filter((name) => !ALLOWED_WORKERS.includes(name));
    const monacoOk = reachable.length === 0 && lazyMonaco.length > 0 && extraLanguages.length === 0 && extraWorkers.length === 0;

    const shares = packageShares(entryChunks)
      .slice(0, 8)
      .map(({ name, share }) => `${name} ${(share * 100).toFixed(0)}% (~${formatBytes(share * entryBytes)})`)
      .join(', ');
    const monacoProblem = [
      reachable.length > 0 ? `Monaco reachable from the entry: ${reachable.slice(0, 3).join(', ')}` : '',
      lazyMonaco.length === 0 ? 'no lazy Monaco chunk found' : '',
      extraLanguages.length > 0 ? `other languages: ${extraLanguages.join(', ')}` : '',
      extraWorkers.length > 0 ? `other workers: ${extraWorkers.join(', ')}` : '',
    ].filter(Boolean);

    return {
      rows: [
        {
          suite: 'bundle',
          name: `block-ui entry JS, min+gzip (${entryChunks.length} chunk${entryChunks.length > 1 ? 's' : ''})`,
          value: formatBytes(entryBytes),
          baseline: `@rjsf/core + validator-ajv8 ${formatBytes(rjsfBytes)}`,
          ratio: `${formatRatio(entryBytes / rjsfBytes)} the size`,
          budget: { text: `entry at most ${formatBytes(ENTRY_BUDGET_BYTES)}`, pass: entryBytes <= ENTRY_BUDGET_BYTES },
        },
        {
          suite: 'bundle',
          name: `Monaco lazy chunks JS + CSS, min+gzip (${lazyChunks.length} JS)`,
          value: `${formatBytes(lazyJs)} + ${formatBytes(lazyCssBytes)} CSS`,
          baseline: 'not loaded until a JSON field shows',
          ratio: `${formatRatio(lazyJs / entryBytes)} the entry`,
          budget: {
            text: monacoOk ? 'unreachable from the entry; JSON language only' : monacoProblem.join('; '),
            pass: monacoOk,
          },
        },
        ...(otherGroups.length > 0
          ? [
              {
                suite: 'bundle',
                name: `other lazy chunks JS, min+gzip: ${otherNames} (${otherChunks.length} JS)`,
                value: formatBytes(otherJs),
                baseline: 'loaded when an editor or node mounts',
                ratio: `${formatRatio(otherJs / entryBytes)} the entry`,
              },
            ]
          : []),
        {
          suite: 'bundle',
          name: 'Monaco workers, min+gzip',
          value: workers.map((file) => `${workerName(file.fileName) ?? file.fileName} ${formatBytes(gzipSize(file))}`).join(' + ') || 'none',
          baseline: 'loaded by the lazy chunk',
          ratio: '',
        },
      ],
      notes: [
        `bundle: built with ${ui.config}; only react and react-dom external (the config also externalises block-core, but it is a dependency a host installs with block-ui, so it is counted). JS minified with oxc (Vite leaves whitespace in ES library builds) and gzipped at level 9; each file gzipped on its own. The entry's CSS (style.css) is ${formatBytes(sum(entryCss))} gzip.`,
        `bundle: the entry by package (share of its code before minification, and that share of the gzip size): ${shares}.`,
        `bundle: static imports walked from the entry reach ${[...entryNames].join(', ')}; none holds a monaco-editor or @monaco-editor/react module (${reachable.length} found). The lazy chunks hold ${lazyMonaco.length} Monaco modules: ${parts.join(', ')}; languages: ${languages.join(', ') || 'none'}; workers: ${workerNames.join(', ') || 'none'}.`,
        ...otherGroups.map((group) => {
          const groupShares = packageShares(group.chunks)
            .slice(0, 5)
            .map(({ name, share }) => `${name} ${(share * 100).toFixed(0)}%`)
            .join(', ');
          return `bundle: lazily imported ${groupName(group)} (${group.chunks.map((chunk) => chunk.fileName).join(', ')}), ${formatBytes(sum(group.chunks))} min+gzip, by package: ${groupShares}. Entry plus this part: ${formatBytes(entryBytes + sum(group.chunks))}.`;
        }),
        ...(sharedLazy.length > 0 ? [`bundle: lazy chunks counted both with Monaco and with another lazy part: ${sharedLazy.map((chunk) => chunk.fileName).join(', ')}.`] : []),
        ...(unaccounted.length > 0 ? [`bundle: chunks neither in the entry nor reached from a dynamic import: ${unaccounted.map((chunk) => chunk.fileName).join(', ')}.`] : []),
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumExecutable, missingChromium } from '../../scripts/chromium.js';
import { benchCacheDir, repoRoot } from '../lib/paths.js';
import { SuitePrerequisiteError, type BenchRow, type SuiteResult } from '../lib/result.js';
import { serveStatic } from '../lib/static-server.js';
import { formatMs, formatRatio, median } from '../lib/stats.js';
import { buildInteractionPage } from './build-page.js';
import type { Samples } from './drive.js';
import {
  driveKeystrokes,
  driveOperationSwitch,
  drivePickerSearch,
  measureKeystrokeReferences,
  type DriveOptions,
  type KeystrokeReferences,
} from './scenario-drivers.js';

/** The editor must be at least this many times faster than rjsf on keystrokes. */
const MIN_KEYSTROKE_SPEEDUP = 2;

interface ScenarioRun {
  scenario: 'keystroke' | 'switch' | 'picker';
  name: string;
  drive: (page: Page, options: DriveOptions) => Promise<Samples>;
  options: DriveOptions;
  keystrokes: boolean;
  /** Fresh page loads whose samples are pooled (`options.count` each): one load's JIT and heap state can favour a side. */
  loads: number;
  /** Waits until the page is ready to measure (e.g. Monaco mounted). */
  ready?: (page: Page) => Promise<void>;
}

const runs: ScenarioRun[] = [
  {
    scenario: 'keystroke',
    name: 'keystroke in a text field -> committed render',
    drive: driveKeystrokes,
    options: { count: 15, warmUp: 5, block: 5 },
    keystrokes: true,
    loads: 3,
    // The JSON field's Monaco loads lazily: measure once it is up, as a user would type.
    ready: async (page) => {
      await page.waitForSelector('#side-editor .monaco-editor', { timeout: 60_000 });
    },
  },
  {
    scenario: 'switch',
    name: 'switch operation -> new fields laid out',
    drive: driveOperationSwitch,
    options: { count: 16, warmUp: 3, block: 4 },
    keystrokes: false,
    loads: 1,
  },
  {
    scenario: 'picker',
    name: 'picker search keystroke, 10,000 paths -> filtered list',
    drive: drivePickerSearch,
    options: { count: 30, warmUp: 5, block: 5 },
    keystrokes: true,
    loads: 1,
  },
];

/**
 * Latency of three interactions in Chromium, block-ui's IntercomBlockEditor beside an @rjsf/core Form with the
 * same fields in the same page, measured with performance.now() from the keydown to the committed, laid-out DOM.
 */
export async function runInteractionBench(): Promise<SuiteResult> {
  const missing = missingChromium();
  if (missing) throw new SuitePrerequisiteError(`it needs Chromium. ${missing}`);
  const outDir = join(benchCacheDir, 'interaction');
  await buildInteractionPage(repoRoot, outDir);
  // The browser first: if it cannot start, no server is left listening.
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs, headless: true });
  const server = await serveStatic(outDir).catch(async (error: unknown) => {
    await browser.close();
    throw error;
  });
  const pageErrors: string[] = [];
  try {
    const rows: BenchRow[] = [];
    const counts: string[] = [];
    let floor = Number.NaN;
    let bareReact = Number.NaN;
    let isolated = false;
    for (const run of runs) {
      const samples: Samples = { editor: [], rjsf: [], missed: 0 };
      const references: KeystrokeReferences = { floor: [], bareReact: [] };
      for (let load = 0; load < run.loads; load++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
        const page = await context.newPage();
        page.on('pageerror', (error) => pageErrors.push(`${run.scenario}: ${error.message}`));
        await page.goto(`${server.url}/?scenario=${run.scenario}`);
        await page.waitForFunction(() => window.__benchProbe !== undefined && document.querySelector('#side-rjsf form') !== null);
        await run.ready?.(page);
        isolated = await page.evaluate(() => crossOriginIsolated);
        await page.waitForTimeout(1_000);
        const loaded = await run.drive(page, run.options);
        samples.editor.push(...loaded.editor);
        samples.rjsf.push(...loaded.rjsf);
        samples.missed += loaded.missed;
        if (run.scenario === 'keystroke') {
          const measured = await measureKeystrokeReferences(page);
          references.floor.push(...measured.floor);
          references.bareReact.push(...measured.bareReact);
        }
        await context.close();
      }
      if (run.scenario === 'keystroke') {
        floor = median(references.floor);
        bareReact = median(references.bareReact);
      }

      const editor = median(samples.editor);
      const rjsf = median(samples.rjsf);
      const speedup = rjsf / editor;
      counts.push(`${run.scenario} ${samples.editor.length}+${samples.rjsf.length}${run.loads > 1 ? ` over ${run.loads} page loads` : ''}${samples.missed > 0 ? ` (${samples.missed} missed)` : ''}`);
      rows.push({
        suite: 'interaction',
        name: `${run.name} (median)`,
        value: formatMs(editor),
        baseline: `@rjsf/core ${formatMs(rjsf)}`,
        ratio: speedup >= 1 ? `${formatRatio(speedup)} faster` : `${formatRatio(1 / speedup)} slower`,
        ...(run.keystrokes
          ? { budget: { text: `at least ${MIN_KEYSTROKE_SPEEDUP}x faster`, pass: speedup >= MIN_KEYSTROKE_SPEEDUP && samples.missed === 0 } }
          : {}),
      });
      // What each side adds to what the browser spends on any keystroke (its text insertion), shown beside the
      // budget row rather than replacing it.
      if (run.scenario === 'keystroke' && Number.isFinite(floor) && editor > floor) {
        rows.push({
          suite: 'interaction',
          name: 'keystroke: time above the page floor (a plain DOM input, no React)',
          value: formatMs(editor - floor),
          baseline: `@rjsf/core ${formatMs(rjsf - floor)} (floor ${formatMs(floor)})`,
          ratio: `${formatRatio((rjsf - floor) / (editor - floor))} less`,
        });
        rows.push({
          suite: 'interaction',
          name: 'keystroke: a bare useState-controlled React <input> (reference, what React alone reaches)',
          value: formatMs(bareReact),
          baseline: `@rjsf/core ${formatMs(rjsf)}`,
          ratio: `${formatRatio(rjsf / bareReact)} faster`,
        });
      }
    }
    return {
      rows,
      notes: [
        `interaction: Chromium ${browser.version()} headless (Debian's, no GPU), viewport 1440x1000; the page is a production Vite build served from 127.0.0.1 with the editor and the rjsf form side by side, both controlled by their host (value/onChange, formData/onChange). Keys come from Playwright; the time runs from a capturing keydown listener to, for text-field keystrokes, the host's layout effect committing a state that holds the typed text (the same point on both sides; the editor's text inputs are uncontrolled, registered with react-hook-form), and otherwise to the first DOM mutation after which the expected input value or fields are there; style and layout are forced then (paint excluded, so figures are not rounded to 16.7 ms frames). The page's floor, a plain DOM input without React measured the same way, is ${formatMs(floor)}; a bare useState-controlled React input in the same React root, its own host, ${formatMs(bareReact)} (both measured after the two sides, alternating in blocks of 5). The page is ${isolated ? '' : 'NOT '}cross-origin isolated (COOP/COEP), so performance.now() steps are ${isolated ? '5 µs' : '100 µs'}. Sides alternate in blocks; medians of ${counts.join(', ')} samples (editor+rjsf).`,
        'interaction: the editor shows only its fields (connection, preview and run panels off: rjsf has none), styled by block-ui\'s style.css as a host ships it, with Monaco for the JSON field; rjsf (whose core ships no stylesheet) renders the same fields from a JSON Schema built from block-core\'s field table (dependencies/oneOf per operation, textareas for JSON and multi-line fields) with @rjsf/validator-ajv8 and no live validation (its default), while the editor validates 150 ms after typing stops (outside the measured time). The picker baseline is the same field in rjsf offering the 10,000 references as `examples` (a <datalist>).',
        ...(pageErrors.length > 0 ? [`interaction: page errors: ${pageErrors.slice(0, 3).join(' | ')}`] : []),
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

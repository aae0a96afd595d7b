import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundleBench } from './bundle/bundle-bench.js';
import { compareSearchValidation, runCoreBench } from './core/core-bench.js';
import { runFleetBench } from './fleet/fleet-bench.js';
import { runInteractionBench } from './interaction/interaction-bench.js';
import { runProxyBench } from './proxy/proxy-bench.js';
import { forkAsked } from './lib/forks.js';
import { describeMachine } from './lib/machine.js';
import { SuitePrerequisiteError, type BenchRow, type SuiteResult } from './lib/result.js';
import { benchCacheDir } from './lib/paths.js';
import { formatTable } from './lib/table.js';

/** The suites in the order of the table. */
const suites: Record<string, () => Promise<SuiteResult> | SuiteResult> = {
  bundle: () => runBundleBench(),
  interaction: () => runInteractionBench(),
  core: () => runCoreBench(),
  proxy: () => runProxyBench(),
  fleet: () => runFleetBench(),
};

/** Measurements a suite runs in fresh processes of this bundle (`measureInForks`). */
const forks: Record<string, () => unknown> = {
  'core-search': () => compareSearchValidation(),
};

async function main(): Promise<number> {
  const fork = forkAsked(process.argv);
  if (fork !== undefined) {
    const measure = forks[fork];
    if (!measure) {
      console.error(`Unknown fork ${fork}; choose from ${Object.keys(forks).join(', ')}.`);
      return 2;
    }
    console.log(JSON.stringify(measure()));
    return 0;
  }
  const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = asked.filter((name) => !(name in suites));
  if (unknown.length > 0) {
    console.error(`Unknown suite ${unknown.join(', ')}; choose from ${Object.keys(suites).join(', ')}.`);
    return 2;
  }
  const chosen = Object.keys(suites).filter((name) => asked.length === 0 || asked.includes(name));
  const machine = describeMachine();
  for (const line of machine) console.log(line);

  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const crashed: string[] = [];
  const started = Date.now();
  for (const name of chosen) {
    const suiteStarted = Date.now();
    console.log(`\n> ${name} ...`);
    try {
      const result = await suites[name]!();
      rows.push(...result.rows);
      notes.push(...result.notes);
      for (const row of result.rows) console.log(`  ${row.name}: ${row.value} | ${row.baseline} | ${row.ratio}`);
    } catch (error) {
      crashed.push(name);
      const said = error instanceof SuitePrerequisiteError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.error(`  ${name} failed: ${said}`);
    }
    console.log(`  (${((Date.now() - suiteStarted) / 1000).toFixed(1)} s)`);
  }

  const table = formatTable(rows);
  const missed = rows.filter((row) => row.budget && !row.budget.pass);
  const summary = [
    `${rows.filter((row) => row.budget).length - missed.length} budgets met, ${missed.length} missed${crashed.length > 0 ? `; suites that failed to run: ${crashed.join(', ')}` : ''}.`,
    `Whole run: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  ];
  console.log(`\n${table}\n`);
  for (const note of notes) console.log(`- ${note}`);
  console.log(`\n${summary.join(' ')}`);

  mkdirSync(benchCacheDir, { recursive: true });
  const report = [...machine.map((line) => `- ${line}`), '', table, '', ...notes.map((note) => `- ${note}`), '', summary.join(' ')].join('\n');
  writeFileSync(join(benchCacheDir, 'last-run.md'), `${report}\n`);
  writeFileSync(join(benchCacheDir, 'last-run.json'), `${JSON.stringify({ machine, rows, notes, crashed, at: new Date().toISOString() }, null, 2)}\n`);
  return missed.length > 0 || crashed.length > 0 ? 1 : 0;
}

// Exit when the table is written, even if a failed suite left something open (a server, a browser).
process.exit(await main());

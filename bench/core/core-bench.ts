import Ajv from 'ajv';
import { jsonFieldSchemas, resolveReferences, validateConfig, type IntercomConfig } from '@workflow-blocks/block-core';
import type { BenchRow, SuiteResult } from '../lib/result.js';
import { measureInForks } from '../lib/forks.js';
import { formatMs, formatRate, formatRatio, median } from '../lib/stats.js';
import { compareThroughput, type Contender, type ThroughputOptions } from '../lib/throughput.js';
import { configSchema } from './config-schema.js';
import {
  docExampleAsGet,
  docExampleConfig,
  docStepOutputs,
  docUpstream,
  searchConfig,
  searchQueryText,
  searchStepOutputs,
  searchUpstream,
} from './fixtures.js';

interface Case {
  name: string;
  /** Measured in this process. */
  subject?: Contender;
  baseline?: Contender;
  /** Or measured in fresh processes (`measureInForks`), for the budgeted case. */
  forks?: { name: string; count: number };
  /** The most times ajv's time the subject may take. */
  maxRatio?: number;
}

/** validateConfig on a search at Intercom's limits may take at most this many times ajv's time (issue 14). */
export const SEARCH_VALIDATION_MAX_RATIO = 2;

/** Processes the budgeted case is measured in: its figure is the median of theirs. */
const SEARCH_FORKS = 3;

/** The budgeted comparison, alone: what each fork of the core suite measures (`--fork=core-search`). */
export function compareSearchValidation(options: ThroughputOptions = {}) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validateSearchSchema = ajv.compile(structuredClone(jsonFieldSchemas.searchQuery));
  return compareThroughput(
    { name: 'validateConfig', run: () => validateConfig(searchConfig, { upstream: searchUpstream }) },
    { name: 'ajv: search schema', run: () => validateSearchSchema(JSON.parse(searchQueryText)) },
    options,
  );
}

/**
 * block-core's `validateConfig` and `resolveReferences`, each beside ajv validating the same JSON against the
 * same schema alone (compiled once; the JSON text parsed with JSON.parse in the loop, as validateConfig must).
 */
export function runCoreBench(options: ThroughputOptions = {}): SuiteResult {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validateConfigSchema = ajv.compile(configSchema());
  const validateSearchSchema = ajv.compile(structuredClone(jsonFieldSchemas.searchQuery));
  const docText = (config: IntercomConfig) => JSON.stringify(config);
  const ajvOn = (name: string, check: (value: unknown) => boolean, text: string): Contender => ({
    name,
    run: () => check(JSON.parse(text)),
  });

  // Each subject runs on the object it would get in the editor or the proxy; the baseline parses the same JSON.
  const docAjv = ajvOn('ajv: config schema', validateConfigSchema, docText(docExampleConfig));
  const getAjv = ajvOn('ajv: config schema', validateConfigSchema, docText(docExampleAsGet));
  const searchAjv = ajvOn('ajv: search schema', validateSearchSchema, searchQueryText);

  expectSane(docExampleAsGet, searchConfig, validateSearchSchema);

  const cases: Case[] = [
    { name: 'validateConfig, doc example as written', subject: { name: 'validateConfig', run: () => validateConfig(docExampleConfig, { upstream: docUpstream }) }, baseline: docAjv },
    { name: 'validateConfig, doc example as contact.get', subject: { name: 'validateConfig', run: () => validateConfig(docExampleAsGet, { upstream: docUpstream }) }, baseline: getAjv },
    // compareSearchValidation, in SEARCH_FORKS processes.
    { name: 'validateConfig, search 2 levels x 15 filters', forks: { name: 'core-search', count: SEARCH_FORKS }, maxRatio: SEARCH_VALIDATION_MAX_RATIO },
    { name: 'resolveReferences, doc example as written', subject: { name: 'resolveReferences', run: () => resolveReferences(docExampleConfig, docStepOutputs) }, baseline: docAjv },
    { name: 'resolveReferences, doc example as contact.get', subject: { name: 'resolveReferences', run: () => resolveReferences(docExampleAsGet, docStepOutputs) }, baseline: getAjv },
    { name: 'resolveReferences, search 2 levels x 15 filters', subject: { name: 'resolveReferences', run: () => resolveReferences(searchConfig, searchStepOutputs) }, baseline: searchAjv },
  ];

  const rows: BenchRow[] = cases.map(({ name, subject, baseline, forks, maxRatio }) => {
    const each = forks ? measureInForks(forks.name, forks.count) : [compareThroughput(subject!, baseline!, options)];
    const result = { subjectMs: median(each.map((r) => r.subjectMs)), baselineMs: median(each.map((r) => r.baselineMs)), ratio: median(each.map((r) => r.ratio)) };
    const perProcess = forks ? ` (median of ${each.length} processes: ${each.map((r) => formatRatio(r.ratio)).join(', ')})` : '';
    return {
      ...(maxRatio === undefined ? {} : { budget: { text: `at most ${maxRatio}x ajv's time`, pass: result.ratio <= maxRatio } }),
      suite: 'block-core',
      name,
      value: `${formatMs(result.subjectMs)}/op (${formatRate(1000 / result.subjectMs)})`,
      baseline: `ajv ${formatMs(result.baselineMs)}/op`,
      ratio: `${formatRatio(result.ratio)} ajv's time${perProcess}`,
    };
  });
  return {
    rows,
    notes: [
      `block-core: ajv 8 (allErrors, compiled once) validates the same JSON text (JSON.parse included) against the same schema: the search field's draft-07 schema, or for the doc example a config schema built from block-core's field table (types, select options, required resource/operation). validateConfig also gets the upstream steps, so references are checked. The search body is ${searchQueryText.length} characters: an AND group of 15 OR groups of 15 filters, 1 in 3 holding a reference.`,
      `block-core: the budgeted search row is measured in ${SEARCH_FORKS} fresh processes, one after the other (as JMH runs forks), and its figures are their medians: V8 decides anew in each process which allocations go straight to the old generation, and in about one process in four that alone makes validateConfig a third slower here (repeated full collections), so one process is one sample. Each process's ratio is shown.`,
      'block-core: the doc example as written has "operation": "..." (validateConfig reports it; nothing is resolved); "as contact.get" picks an operation so its <PreviousStep.field> is checked and resolved.',
    ],
  };
}

/** The search config is valid and resolves, so the figures are of the path a real run takes. */
function expectSane(getConfig: IntercomConfig, search: IntercomConfig, ajvSearch: (value: unknown) => boolean): void {
  const problems = [
    ...validateConfig(getConfig, { upstream: docUpstream }).map((issue) => `doc/get ${issue.field}: ${issue.message}`),
    ...validateConfig(search, { upstream: searchUpstream }).map((issue) => `search ${issue.field} ${issue.path ?? ''}: ${issue.message}`),
  ];
  if (!resolveReferences(search, searchStepOutputs).ok) problems.push('search: resolveReferences failed');
  if (!ajvSearch(JSON.parse(searchQueryText))) problems.push('search: ajv rejects the body');
  if (problems.length > 0) throw new Error(`block-core bench inputs are not valid:\n${problems.slice(0, 5).join('\n')}`);
}

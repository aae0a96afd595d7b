import Ajv from 'ajv';
import { jsonFieldSchemas, resolveReferences, validateConfig, type IntercomConfig } from '@workflow-blocks/block-core';
import type { BenchRow, SuiteResult } from '../lib/result.js';
import { formatMs, formatRate, formatRatio } from '../lib/stats.js';
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
  subject: Contender;
  baseline: Contender;
  /** The most times ajv's time the subject may take. */
  maxRatio?: number;
}

/** validateConfig on a search at Intercom's limits may take at most this many times ajv's time (issue 14). */
export const SEARCH_VALIDATION_MAX_RATIO = 2;

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
    {
      name: 'validateConfig, search 2 levels x 15 filters',
      subject: { name: 'validateConfig', run: () => validateConfig(searchConfig, { upstream: searchUpstream }) },
      baseline: searchAjv,
      maxRatio: SEARCH_VALIDATION_MAX_RATIO,
    },
    { name: 'resolveReferences, doc example as written', subject: { name: 'resolveReferences', run: () => resolveReferences(docExampleConfig, docStepOutputs) }, baseline: docAjv },
    { name: 'resolveReferences, doc example as contact.get', subject: { name: 'resolveReferences', run: () => resolveReferences(docExampleAsGet, docStepOutputs) }, baseline: getAjv },
    { name: 'resolveReferences, search 2 levels x 15 filters', subject: { name: 'resolveReferences', run: () => resolveReferences(searchConfig, searchStepOutputs) }, baseline: searchAjv },
  ];

  const rows: BenchRow[] = cases.map(({ name, subject, baseline, maxRatio }) => {
    const result = compareThroughput(subject, baseline, options);
    return {
      ...(maxRatio === undefined ? {} : { budget: { text: `at most ${maxRatio}x ajv's time`, pass: result.ratio <= maxRatio } }),
      suite: 'block-core',
      name,
      value: `${formatMs(result.subjectMs)}/op (${formatRate(1000 / result.subjectMs)})`,
      baseline: `ajv ${formatMs(result.baselineMs)}/op`,
      ratio: `${formatRatio(result.ratio)} ajv's time`,
    };
  });
  return {
    rows,
    notes: [
      `block-core: ajv 8 (allErrors, compiled once) validates the same JSON text (JSON.parse included) against the same schema: the search field's draft-07 schema, or for the doc example a config schema built from block-core's field table (types, select options, required resource/operation). validateConfig also gets the upstream steps, so references are checked. The search body is ${searchQueryText.length} characters: an AND group of 15 OR groups of 15 filters, 1 in 3 holding a reference.`,
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

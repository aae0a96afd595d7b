import { performance } from 'node:perf_hooks';
import { median } from './stats.js';

/** One side of a comparison: a function called over and over. */
export interface Contender {
  name: string;
  run: () => unknown;
}

export interface ThroughputComparison {
  /** Median time of one call of the first contender, in milliseconds. */
  subjectMs: number;
  /** Median time of one call of the baseline, in milliseconds. */
  baselineMs: number;
  /** Median over rounds of subject time / baseline time, each pair measured back to back. */
  ratio: number;
  rounds: number;
}

export interface ThroughputOptions {
  /** Alternating rounds; each round measures both sides back to back, in alternating order. */
  rounds?: number;
  /** How long each side runs in a round. */
  sampleMs?: number;
  /** Warm-up per side before the first round (lets the JIT settle and sizes the batches). */
  warmupMs?: number;
}

// Results land here so the engine cannot drop the calls as dead code.
let sink: unknown;
export const lastSink = () => sink;

/** How many calls make a batch of about a millisecond, so the clock is read rarely. */
function calibrate(contender: Contender, warmupMs: number): number {
  let batch = 1;
  const until = performance.now() + warmupMs;
  while (performance.now() < until) {
    const started = performance.now();
    for (let i = 0; i < batch; i++) sink = contender.run();
    if (performance.now() - started < 1 && batch < 1 << 20) batch *= 2;
  }
  return batch;
}

/** Milliseconds per call, running the contender for about `sampleMs`. */
function sample(contender: Contender, batch: number, sampleMs: number): number {
  let calls = 0;
  const started = performance.now();
  let now = started;
  while (now - started < sampleMs) {
    for (let i = 0; i < batch; i++) sink = contender.run();
    calls += batch;
    now = performance.now();
  }
  return (now - started) / calls;
}

/**
 * Compares the time per call of a subject and a baseline in alternating rounds, so both see the same
 * machine: on a shared machine absolute times drift, the per-round ratio much less.
 */
export function compareThroughput(subject: Contender, baseline: Contender, options: ThroughputOptions = {}): ThroughputComparison {
  const { rounds = 8, sampleMs = 150, warmupMs = 250 } = options;
  const subjectBatch = calibrate(subject, warmupMs);
  const baselineBatch = calibrate(baseline, warmupMs);
  const subjectTimes: number[] = [];
  const baselineTimes: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let subjectMs: number;
    let baselineMs: number;
    if (round % 2 === 0) {
      subjectMs = sample(subject, subjectBatch, sampleMs);
      baselineMs = sample(baseline, baselineBatch, sampleMs);
    } else {
      baselineMs = sample(baseline, baselineBatch, sampleMs);
      subjectMs = sample(subject, subjectBatch, sampleMs);
    }
    subjectTimes.push(subjectMs);
    baselineTimes.push(baselineMs);
    ratios.push(subjectMs / baselineMs);
  }
  return { subjectMs: median(subjectTimes), baselineMs: median(baselineTimes), ratio: median(ratios), rounds };
}

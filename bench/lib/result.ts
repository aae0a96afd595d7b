/** One line of the benchmark table: a figure of this project beside its baseline from the same run. */
export interface BenchRow {
  /** The area: bundle, interaction, block-core or proxy. */
  suite: string;
  /** What was measured. */
  name: string;
  /** This project's figure, formatted with its unit. */
  value: string;
  /** The baseline's figure, formatted with its unit (empty when a figure has no baseline, e.g. a size). */
  baseline: string;
  /** How this project compares, e.g. `2.4x faster`, `1.08x latency`. */
  ratio: string;
  /** The budget this row is held to, when it has one. */
  budget?: { text: string; pass: boolean };
}

/** What a suite hands back: its rows, and notes printed under the table (what a figure means, caveats). */
export interface SuiteResult {
  rows: BenchRow[];
  notes: string[];
}

/** A suite that cannot run on this machine (a tool is missing): reported in one line, without a stack. */
export class SuitePrerequisiteError extends Error {
  override readonly name = 'SuitePrerequisiteError';
}

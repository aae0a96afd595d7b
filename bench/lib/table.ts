import type { BenchRow } from './result.js';

const headers = ['Area', 'Measurement', 'This project', 'Baseline (same run)', 'Ratio', 'Budget'];

const budgetCell = (row: BenchRow) => (row.budget ? `${row.budget.pass ? 'pass' : 'FAIL'}: ${row.budget.text}` : '');

/** One Markdown table (readable in a terminal too): each figure beside its baseline and their ratio. */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => [row.suite, row.name, row.value, row.baseline, row.ratio, budgetCell(row)].map((cell) => cell.replace(/\|/g, '\\|')));
  const widths = headers.map((header, i) => Math.max(header.length, ...cells.map((line) => [...(line[i] ?? '')].length)));
  const pad = (text: string, i: number) => text + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...text].length));
  const line = (values: string[]) => `| ${values.map(pad).join(' | ')} |`;
  return [line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

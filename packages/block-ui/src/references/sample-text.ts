const MAX_SAMPLE = 48;

/**
 * A sample value as one short line for a picker row.
 * @example sampleText({ a: 1 }) // '{"a":1}'
 */
export function sampleText(sample: unknown): string {
  const text = typeof sample === 'string' ? JSON.stringify(sample) : (JSON.stringify(sample) ?? String(sample));
  return text.length > MAX_SAMPLE ? `${text.slice(0, MAX_SAMPLE - 1)}…` : text;
}

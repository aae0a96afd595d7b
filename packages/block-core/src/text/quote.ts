/** How much of a value a message quotes: enough to recognise it, never the whole of a huge input. */
export const MAX_QUOTED_LENGTH = 80;

/**
 * The first `max` characters of a text, with `…` when some were left out; never splits a surrogate pair.
 * @example clipText('abcdef', 4) // 'abc…'
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(max - 1, 0);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A value as messages quote it: text in double quotes (JSON escapes, so hidden characters show), other values as
 * JSON, clipped to `max` characters with the full length said when it was clipped.
 * @example quoteValue('x'.repeat(1_000_000)) // '"xxx…xx…" (1000000 characters)'
 */
export function quoteValue(value: unknown, max: number = MAX_QUOTED_LENGTH): string {
  if (typeof value === 'string') {
    const clipped = clipText(value, max);
    return clipped === value ? JSON.stringify(value) : `${JSON.stringify(clipped)} (${value.length} characters)`;
  }
  if (typeof value === 'number' || typeof value === 'bigint') return clipText(String(value), max);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  return clipText(text ?? String(value), max);
}

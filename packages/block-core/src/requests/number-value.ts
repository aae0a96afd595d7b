/**
 * The number a number field holds, read one way for validation and for the request: a number, or text of digits
 * only with optional surrounding spaces (what the user typed). Signs, decimals and exponents in text are not read
 * (`'+50'`, `'50.0'`, `'5e1'`), so nothing is sent that differs from what was written.
 * @returns the number (maybe not whole or out of bounds: the caller says), or undefined when it is not a number
 * @example readNumberValue(' 50 ') // 50
 */
export function readNumberValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

import { getNodePath, type Node } from 'jsonc-parser';
import { clipText, MAX_QUOTED_LENGTH, quoteValue } from '../text/quote.js';
import type { JsonPathSegment } from './json-path.js';

/** Something in a JSON text that would not reach Intercom as written, with where it is (offsets in the text). */
export interface JsonTextProblem {
  code: 'inexact_number' | 'duplicate_key';
  message: string;
  path: JsonPathSegment[];
  start: number;
  end: number;
}

/**
 * Finds what parsing would change silently: numbers a JSON number (a double) cannot hold as written (`1e400`
 * becomes null, `12345678901234567890` loses digits) and a property given twice in one object (the last wins).
 * Walks the tree without recursion.
 * @param root the parsed tree of `text`
 * @param text the JSON text, for the numbers as written
 */
export function findSilentChanges(root: Node, text: string): JsonTextProblem[] {
  const problems: JsonTextProblem[] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'number') {
      const problem = inexactNumber(node, text.slice(node.offset, node.offset + node.length));
      if (problem) problems.push(problem);
    }
    if (node.type === 'object') problems.push(...repeatedKeys(node));
    stack.push(...(node.children ?? []));
  }
  return problems.sort((a, b) => a.start - b.start);
}

function inexactNumber(node: Node, written: string): JsonTextProblem | undefined {
  const value = node.value as number;
  const at = { path: getNodePath(node), start: node.offset, end: node.offset + node.length };
  if (!Number.isFinite(value)) {
    return {
      code: 'inexact_number',
      message: `${clipText(written, MAX_QUOTED_LENGTH)} is too large for a JSON number: it would reach Intercom as null. Use a smaller number, or write it in quotes as text.`,
      ...at,
    };
  }
  if (decimalDigits(written) === decimalDigits(String(value))) return undefined;
  return {
    code: 'inexact_number',
    message: `${clipText(written, MAX_QUOTED_LENGTH)} has more digits than a JSON number keeps: it would reach Intercom as ${String(value)}. Write it in quotes as text (an ID, say), or with fewer digits.`,
    ...at,
  };
}

/** A decimal number as sign, significant digits and exponent, so `1.0`, `1` and `10e-1` compare equal. */
export function decimalDigits(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  let digits = `${whole}${fraction}`.replace(/^0+/, '');
  if (digits === '') return '0';
  let power = Number(exponent) - fraction.length;
  const trailing = /0*$/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(0, digits.length - trailing);
  power += trailing;
  return `${sign}${digits}e${power}`;
}

function repeatedKeys(object: Node): JsonTextProblem[] {
  const seen = new Set<string>();
  const problems: JsonTextProblem[] = [];
  for (const property of object.children ?? []) {
    const key = property.children?.[0];
    if (!key || typeof key.value !== 'string') continue;
    if (seen.has(key.value)) {
      problems.push({
        code: 'duplicate_key',
        message: `${quoteValue(key.value)} is given twice in this object: only the last value would be sent. Keep one.`,
        path: [...getNodePath(object), key.value],
        start: key.offset,
        end: key.offset + key.length,
      });
    }
    seen.add(key.value);
  }
  return problems;
}

import { quoteValue } from '../text/quote.js';

/** One step into a JSON value: a property name or an array index. */
export type JsonPathSegment = string | number;

const plainKey = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a JSON path the way people read it.
 * @example formatJsonPath(['query', 'value', 1, 'operator']) // '$.query.value[1].operator'
 * @example formatJsonPath(['plan name']) // '$["plan name"]'
 */
export function formatJsonPath(path: readonly JsonPathSegment[]): string {
  let text = '$';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += plainKey.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** Whether `inner` is `outer` or lies inside it. */
export function isWithin(inner: readonly JsonPathSegment[], outer: readonly JsonPathSegment[]): boolean {
  return outer.length <= inner.length && outer.every((segment, i) => inner[i] === segment);
}

/** A person's name for the value at a path, for messages: `"per_page"`, `item 2 of "value"`, `the JSON`. */
export function describeJsonPath(path: readonly JsonPathSegment[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the JSON';
  if (typeof last === 'string') return quoteValue(last);
  const parent = path[path.length - 2];
  return typeof parent === 'string' ? `item ${last + 1} of ${quoteValue(parent)}` : `item ${last + 1}`;
}

import { compareByDay } from './day-compare.js';
import { isIdListType } from './field.js';
import type { SearchNode, SearchValue } from './query.js';

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';
const fold = (value: unknown) => String(value).toLowerCase();

/** Strings compare case-insensitively (as Intercom's search does for emails and names); other types exactly. */
function equals(actual: unknown, expected: SearchValue): boolean {
  if (isEmpty(actual)) return expected === null;
  if (expected === null) return false;
  if (typeof expected === 'string') return fold(actual) === fold(expected);
  return actual === expected;
}

/** The words of a text, for fields Intercom matches word by word (`source.body`). */
const wordsOf = (text: unknown): string[] => (typeof text === 'string' ? text.toLowerCase().split(/[^\p{L}\p{N}_'-]+/u).filter((w) => w !== '') : []);

function matchesFilter<R>(node: Extract<SearchNode<R>, { kind: 'filter' }>, record: R): boolean {
  const actual = node.field.read(record);
  const { operator, value } = node;
  if (node.field.byWord === true && ['=', '!=', 'IN', 'NIN'].includes(operator)) {
    const words = wordsOf(actual);
    const has = (v: SearchValue) => v !== null && words.includes(fold(v));
    if (operator === '=') return has(value as SearchValue);
    if (operator === '!=') return !has(value as SearchValue);
    if (operator === 'IN') return (value as SearchValue[]).some(has);
    return !(value as SearchValue[]).some(has);
  }
  if (isIdListType(node.field.type)) {
    const ids = (actual as unknown[]).map(String);
    const has = (v: SearchValue) => ids.includes(String(v));
    if (operator === '=') return has(value as SearchValue);
    if (operator === '!=') return !has(value as SearchValue);
    if (operator === 'IN') return (value as SearchValue[]).some(has);
    return !(value as SearchValue[]).some(has);
  }
  switch (operator) {
    case '=':
      if (node.field.type === 'date' && value !== null) return typeof actual === 'number' && compareByDay(actual, '=', value as number);
      return equals(actual, value as SearchValue);
    case '!=':
      return !equals(actual, value as SearchValue);
    case 'IN':
      return (value as SearchValue[]).some((v) => equals(actual, v));
    case 'NIN':
      return !(value as SearchValue[]).some((v) => equals(actual, v));
    case '~':
      return !isEmpty(actual) && fold(actual).includes(fold(value));
    case '!~':
      return isEmpty(actual) || !fold(actual).includes(fold(value));
    case '^':
      return !isEmpty(actual) && fold(actual).startsWith(fold(value));
    case '$':
      return !isEmpty(actual) && fold(actual).endsWith(fold(value));
    case '<':
    case '>':
      if (typeof actual !== 'number') return false;
      if (node.field.type === 'date') return compareByDay(actual, operator, value as number);
      return operator === '<' ? actual < (value as number) : actual > (value as number);
    case '<=':
      return typeof actual === 'number' && actual <= (value as number);
    case '>=':
      return typeof actual === 'number' && actual >= (value as number);
  }
}

/** True when a record (a contact, a conversation) matches a parsed search query. */
export function matchesQuery<R>(node: SearchNode<R>, record: R): boolean {
  if (node.kind === 'filter') return matchesFilter(node, record);
  return node.operator === 'AND' ? node.children.every((child) => matchesQuery(child, record)) : node.children.some((child) => matchesQuery(child, record));
}

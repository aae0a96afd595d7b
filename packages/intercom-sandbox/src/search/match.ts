import type { ContactRecord } from '../store/types.js';
import { compareByDay } from './day-compare.js';
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

function matchesFilter(node: Extract<SearchNode, { kind: 'filter' }>, contact: ContactRecord): boolean {
  const actual = node.field.read(contact);
  const { operator, value } = node;
  if (node.field.type === 'tag' || node.field.type === 'segment') {
    const ids = actual as string[];
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

/** True when a contact matches a parsed search query. */
export function matchesQuery(node: SearchNode, contact: ContactRecord): boolean {
  if (node.kind === 'filter') return matchesFilter(node, contact);
  return node.operator === 'AND' ? node.children.every((child) => matchesQuery(child, contact)) : node.children.some((child) => matchesQuery(child, contact));
}

import { invalidParameter, missingParameter } from '../http/errors.js';
import type { IntercomApiError } from '../http/errors.js';
import { OPERATORS_BY_TYPE, type SearchField } from './field.js';

export const SEARCH_OPERATORS = ['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>=', '~', '!~', '^', '$'] as const;
export type SearchOperator = (typeof SEARCH_OPERATORS)[number];

/** Intercom's limits: groups nest at most 2 deep, and a group holds at most 15 filters. */
export const MAX_GROUP_DEPTH = 2;
export const MAX_FILTERS_PER_GROUP = 15;

export type SearchValue = string | number | boolean | null;

export type SearchNode<R> =
  | { kind: 'filter'; field: SearchField<R>; operator: SearchOperator; value: SearchValue | SearchValue[] }
  | { kind: 'group'; operator: 'AND' | 'OR'; children: SearchNode<R>[] };

/** What a search endpoint's query language knows about its records. */
export interface SearchVocabulary<R> {
  /** The searchable field of that name, or undefined. */
  resolve(name: string): SearchField<R> | undefined;
  /** The 400 for a field that is not searchable. */
  unknownField(name: string): IntercomApiError;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFilter = (value: Record<string, unknown>) => 'field' in value;

const TYPE_NAMES = { string: 'a string', number: 'a number', boolean: 'true or false', date: 'a date (UNIX timestamp in seconds)', tag: 'a tag id', segment: 'a segment id', list: 'an id' } as const;

/** Checks one value against the field's type; string fields also take numbers (compared as text). */
function checkValue<R>(field: SearchField<R>, value: unknown): SearchValue {
  switch (field.type) {
    case 'string':
    case 'tag':
    case 'segment':
    case 'list':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      break;
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      break;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      break;
    case 'date':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      // Intercom's own examples send a timestamp as text of digits ('1306054154'); a date like '2024-03-14' is not one.
      if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
      break;
  }
  throw invalidParameter(`The value ${JSON.stringify(value)} for field '${field.name}' must be ${TYPE_NAMES[field.type]}`);
}

function parseFilter<R>(node: Record<string, unknown>, vocabulary: SearchVocabulary<R>): SearchNode<R> {
  const { field: fieldName, operator, value } = node;
  if (typeof fieldName !== 'string' || fieldName === '') throw missingParameter('Each search filter needs a field');
  if (typeof operator !== 'string') throw missingParameter(`The filter on '${fieldName}' needs an operator`);
  if (!(SEARCH_OPERATORS as readonly string[]).includes(operator)) {
    throw invalidParameter(`Unsupported operator '${operator}'. Operators are: ${SEARCH_OPERATORS.join(', ')}`);
  }
  const field = vocabulary.resolve(fieldName);
  if (!field) throw vocabulary.unknownField(fieldName);
  const allowed = OPERATORS_BY_TYPE[field.type];
  if (!allowed.includes(operator)) {
    const kind = field.type === 'date' ? 'date' : field.type === 'tag' ? 'tag' : field.type;
    throw invalidParameter(`Operator '${operator}' is not supported on ${kind} field '${field.name}'. Use one of: ${allowed.join(', ')}`);
  }
  if (!('value' in node)) throw missingParameter(`The filter on '${field.name}' needs a value`);
  const op = operator as SearchOperator;
  if (op === 'IN' || op === 'NIN') {
    if (!Array.isArray(value) || value.length === 0) throw invalidParameter(`Operator '${op}' takes a non-empty array of values (field '${field.name}')`);
    return { kind: 'filter', field, operator: op, value: value.map((v) => checkValue(field, v)) };
  }
  if (Array.isArray(value)) throw invalidParameter(`Operator '${op}' takes a single value, not an array (field '${field.name}'); use IN or NIN for lists`);
  if (value === null) {
    if (op !== '=' && op !== '!=') throw invalidParameter(`Operator '${op}' needs a value (field '${field.name}'); only = and != accept null`);
    return { kind: 'filter', field, operator: op, value: null };
  }
  if ((op === '~' || op === '!~' || op === '^' || op === '$') && (typeof value !== 'string' || value === '')) {
    throw invalidParameter(`Operator '${op}' needs a non-empty string (field '${field.name}')`);
  }
  return { kind: 'filter', field, operator: op, value: checkValue(field, value) };
}

function parseNode<R>(node: unknown, depth: number, vocabulary: SearchVocabulary<R>): SearchNode<R> {
  if (!isRecord(node)) throw invalidParameter('Each search query must be an object: {field, operator, value} or {operator: AND|OR, value: [...]}');
  if (isFilter(node)) return parseFilter(node, vocabulary);
  const { operator, value } = node;
  if (operator !== 'AND' && operator !== 'OR') {
    throw invalidParameter(`A filter group needs operator AND or OR${typeof operator === 'string' ? `, not '${operator}'` : ''}; a single filter needs a field`);
  }
  if (depth > MAX_GROUP_DEPTH) {
    throw invalidParameter(`Search queries can nest at most ${MAX_GROUP_DEPTH} levels of AND/OR groups`);
  }
  if (!Array.isArray(value) || value.length === 0) throw invalidParameter(`An ${operator} group needs a non-empty array of filters in value`);
  if (value.length > MAX_FILTERS_PER_GROUP) {
    throw invalidParameter(`An ${operator} group can hold at most ${MAX_FILTERS_PER_GROUP} filters; this one has ${value.length}`);
  }
  const filters = value.filter((child) => isRecord(child) && isFilter(child)).length;
  if (filters !== 0 && filters !== value.length) {
    throw invalidParameter(`An ${operator} group must hold either filters or groups, not a mix of both; wrap the filters in their own group`);
  }
  return { kind: 'group', operator, children: value.map((child) => parseNode(child, depth + 1, vocabulary)) };
}

/**
 * Validates the `query` of a search body (contacts, conversations) and turns it into a tree to match records against.
 * @throws IntercomApiError 400 with a message naming the problem
 * @example parseSearchQuery({ field: 'email', operator: '~', value: 'lumenbank' }, contactVocabulary(attributes))
 */
export function parseSearchQuery<R>(query: unknown, vocabulary: SearchVocabulary<R>): SearchNode<R> {
  if (query === undefined || query === null) throw missingParameter('query is required');
  return parseNode(query, 1, vocabulary);
}

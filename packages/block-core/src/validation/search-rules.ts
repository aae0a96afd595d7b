import { isReferenceString } from '../schemas/reference-string.js';
import {
  listOperators,
  MAX_FILTERS_PER_GROUP,
  MAX_PER_PAGE,
  MAX_SEARCH_NESTING,
  operatorsByFieldType,
  searchOperatorNames,
  type SearchableField,
} from '../schemas/search-fields.js';
import { contactSearch, type SearchVocabulary } from '../schemas/search-vocabulary.js';
import { closestName } from './closest-name.js';
import type { JsonPathSegment } from './json-path.js';
import type { JsonProblem } from './json-problem.js';
import { quoteValue } from '../text/quote.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const has = (object: Json, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Intercom's search rules that a schema cannot say plainly: the operator list, operators per field type
 * (dates take only =, < and >), IN/NIN with arrays, at most 2 nesting levels and 15 filters per group,
 * a group's list all filters or all groups, per_page and sort order. Values that are references are skipped.
 * @param body the parsed search body (an object)
 * @param vocabulary what is searched: contacts (the default) or conversations
 */
export function checkSearchBody(body: Json, vocabulary: SearchVocabulary = contactSearch): JsonProblem[] {
  const problems: JsonProblem[] = [];
  if (!has(body, 'query')) {
    problems.push({
      path: ['query'],
      target: 'missing',
      code: 'required',
      message: `Add "query": a filter such as ${JSON.stringify(vocabulary.exampleFilter).replaceAll('","', '", "').replaceAll('":', '": ')}, or an AND/OR group of filters.`,
    });
  } else {
    checkNode(body.query, ['query'], 1, { vocabulary, problems });
  }
  if (isObject(body.pagination)) checkPerPage(body.pagination, problems);
  if (vocabulary.sortable && isObject(body.sort)) checkSortOrder(body.sort, problems);
  return problems;
}

/** What a walk over a query carries: the vocabulary it is checked against, and the problems found. */
interface Walk {
  vocabulary: SearchVocabulary;
  problems: JsonProblem[];
}

// Written once: a regex literal in a function is a new object at each call.
const groupOperator = /^(?:and|or)$/i;
const digitsOnly = /^\d+$/;

/** An object without a field whose operator is AND/OR (in any case), or whose value lists objects, is a group. */
function isGroupLike(node: Json): boolean {
  if (has(node, 'field')) return false;
  if (typeof node.operator === 'string' && groupOperator.test(node.operator.trim())) return true;
  return Array.isArray(node.value) && node.value.some(isObject);
}

function checkNode(node: unknown, path: JsonPathSegment[], level: number, walk: Walk): void {
  if (!isObject(node)) return; // references, and values of the wrong type (the schema says what it expects)
  if (isGroupLike(node)) checkGroup(node, path, level, walk);
  else if (!filterIsFine(node, walk.vocabulary)) checkFilter(node, path, -1, walk);
}

function checkGroup(group: Json, path: JsonPathSegment[], level: number, walk: Walk): void {
  const { problems } = walk;
  if (level > MAX_SEARCH_NESTING) {
    problems.push({
      path,
      target: 'value',
      code: 'too_deep',
      message: `Intercom's search nests groups at most ${MAX_SEARCH_NESTING} levels deep, and this group is level ${level}. Move its filters into the group above, or simplify the query.`,
      coversInside: true,
    });
    return;
  }
  checkGroupOperator(group, path, problems);
  if (!has(group, 'value')) {
    problems.push({
      path: [...path, 'value'],
      target: 'missing',
      code: 'required',
      message: 'Add "value" to this group: the list of filters (or groups) it combines.',
    });
    return;
  }
  const items = group.value;
  if (isReferenceString(items)) return;
  if (!Array.isArray(items)) {
    problems.push({
      path: valuePathOf(path),
      target: 'value',
      code: 'group_value_not_list',
      message: 'The value of an AND/OR group must be a list of filters, or a list of groups.',
      coversInside: true,
    });
    return;
  }
  if (items.length === 0) {
    problems.push({ path: valuePathOf(path), target: 'value', code: 'empty_group', message: 'This group is empty: add at least one filter to its value.' });
  }
  if (items.length > MAX_FILTERS_PER_GROUP) {
    problems.push({
      path: valuePathOf(path),
      target: 'value',
      code: 'too_many_filters',
      message: `An AND/OR group holds at most ${MAX_FILTERS_PER_GROUP} filters in Intercom's search; this one has ${items.length}. Split it into smaller groups.`,
    });
  }
  // Each item read once: a group or a filter (anything else is the schema's to speak about). Groups, and filters
  // the quick look does not clear, are checked in full below, in order.
  let groups = 0;
  let filterCount = 0;
  // Made only when needed: most groups of filters have nothing to check in full.
  let unsure: number[] | undefined;
  let unsureGroups: boolean[] | undefined;
  const { vocabulary } = walk;
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (!isObject(item)) continue;
    // A fine filter has a field of its own, so it is no group: the common item is sorted in one look.
    if (filterIsFine(item, vocabulary)) {
      filterCount += 1;
      continue;
    }
    const group = isGroupLike(item);
    if (group) groups += 1;
    else filterCount += 1;
    (unsure ??= []).push(i);
    (unsureGroups ??= []).push(group);
  }
  if (groups > 0 && filterCount > 0) {
    const filters = items.flatMap((item: unknown, i) => (isObject(item) && !isGroupLike(item) ? [i + 1] : []));
    problems.push({
      path: valuePathOf(path),
      target: 'value',
      code: 'mixed_group',
      message: `A group's list must hold only filters or only groups, not a mix. Wrap the filter${filters.length > 1 ? 's' : ''} at item ${filters.join(', ')} in ${filters.length > 1 ? 'their' : 'its'} own AND/OR group.`,
      coversInside: true,
    });
  }
  if (!unsure || !unsureGroups) return;
  const valuePath = valuePathOf(path);
  for (let k = 0; k < unsure.length; k++) {
    const i = unsure[k]!;
    const item = items[i] as Json;
    if (unsureGroups[k]) checkGroup(item, pathTo(valuePath, i), level + 1, walk);
    else checkFilter(item, valuePath, i, walk);
  }
}

/** The path of a group's list: built only for a problem or an item to check in full, as most groups have none. */
function valuePathOf(path: JsonPathSegment[]): JsonPathSegment[] {
  return pathTo(path, 'value');
}

/**
 * A path one segment further, made at its size: a spread, concat or push makes room for more (a few hundred bytes
 * per group of a search, every validation).
 */
function pathTo(base: readonly JsonPathSegment[], segment: JsonPathSegment): JsonPathSegment[] {
  const path = new Array<JsonPathSegment>(base.length + 1);
  for (let i = 0; i < base.length; i++) path[i] = base[i]!;
  path[base.length] = segment;
  return path;
}

function checkGroupOperator(group: Json, path: JsonPathSegment[], problems: JsonProblem[]): void {
  const operator = group.operator;
  if (!has(group, 'operator')) {
    problems.push({ path: [...path, 'operator'], target: 'missing', code: 'required', message: 'Add "operator" to this group: "AND" or "OR".' });
  } else if (typeof operator === 'string' && !isReferenceString(operator) && operator !== 'AND' && operator !== 'OR') {
    const upper = operator.trim().toUpperCase();
    problems.push({
      path: [...path, 'operator'],
      target: 'value',
      code: 'invalid_operator',
      message:
        upper === 'AND' || upper === 'OR'
          ? `Write the group operator in capitals: "${upper}".`
          : `Group operator ${quoteValue(operator)} is not valid. Use "AND" or "OR".`,
    });
  }
}

/**
 * The common case in one look: a filter of a searchable field, an operator for its type and a value of its kind,
 * where checkFilter would find nothing. False leaves the filter to checkFilter, which says what is wrong (or not).
 */
export function filterIsFine(filter: Json, vocabulary: SearchVocabulary): boolean {
  const name = filter.field;
  const operator = filter.operator;
  if (typeof name !== 'string' || typeof operator !== 'string') return false;
  const value = filter.value;
  if (!partsAreOwn(filter, value)) return false;
  const found = vocabulary.find(name);
  if (found === undefined) return false;
  // A custom attribute's type is not known here: any operator Intercom accepts.
  const allowed = found === 'custom' ? knownOperators : operatorSetsByFieldType[found.type];
  if (!allowed.has(operator)) return false;
  return valueIsFine(value, found === 'custom' ? undefined : found.type, operator);
}

/**
 * Whether a filter's field, operator and value (read already) are its own properties, as the full rules ask: a
 * parsed object's prototype is Object's, which holds none of them, so a part that is there is its own (answered
 * from the object's shape, where hasOwnProperty is a call per part).
 */
function partsAreOwn(filter: Json, value: unknown): boolean {
  if (Object.getPrototypeOf(filter) === Object.prototype && !('field' in Object.prototype) && !('operator' in Object.prototype) && !('value' in Object.prototype)) {
    return value !== undefined;
  }
  return has(filter, 'field') && has(filter, 'operator') && has(filter, 'value');
}

/** The full rules on one filter at `query`: what filterIsFine must agree with. */
export function filterProblems(filter: Json, vocabulary: SearchVocabulary = contactSearch): JsonProblem[] {
  const problems: JsonProblem[] = [];
  checkFilter(filter, ['query'], -1, { vocabulary, problems });
  return problems;
}

/**
 * What checkFilterValue says nothing about, for a known operator: a value of the operator's and the field's kind,
 * or a reference (asked last: the pattern is the costly part, and a reference of the right kind needs no asking).
 */
function valueIsFine(value: unknown, type: SearchableField['type'] | undefined, operator: string): boolean {
  const isList = Array.isArray(value);
  if (listOperatorSet.has(operator) === isList) {
    if (type === 'integer') {
      if (value === null || (isList ? (value as unknown[]).every(isWholeNumber) : isWholeNumber(value))) return true;
    } else if (type !== 'date' || isList || isTimestamp(value)) return true;
  }
  return isReferenceString(value);
}

/** The path of a part of a filter that is item `index` of the list at `base`, or (index -1) is at `base` itself. */
function partPath(base: JsonPathSegment[], index: number, part: string): JsonPathSegment[] {
  return index < 0 ? [...base, part] : [...base, index, part];
}

function checkFilter(filter: Json, base: JsonPathSegment[], index: number, walk: Walk): void {
  const { problems } = walk;
  const field = checkField(filter, base, index, walk);
  const operator = checkOperator(filter, base, index, problems);
  if (operator && field) checkOperatorForField(field, operator, base, index, problems);
  if (!has(filter, 'value')) {
    const about = field ? ` to compare ${field.field} with` : ' to compare with';
    problems.push({ path: partPath(base, index, 'value'), target: 'missing', code: 'required', message: `Add "value": the value${about}.` });
    return;
  }
  checkFilterValue(filter.value, field, operator, base, index, problems);
}

/** @returns the searchable field, when the filter names a standard one */
function checkField(filter: Json, base: JsonPathSegment[], index: number, { vocabulary, problems }: Walk): SearchableField | undefined {
  const examples = vocabulary.exampleFields;
  if (!has(filter, 'field')) {
    problems.push({ path: partPath(base, index, 'field'), target: 'missing', code: 'required', message: `Add "field": the ${vocabulary.noun} field to search on, such as "${examples[0]}" or "${examples[1]}".` });
    return undefined;
  }
  const name = filter.field;
  if (typeof name !== 'string' || isReferenceString(name)) return undefined;
  if (!name.trim()) {
    problems.push({ path: partPath(base, index, 'field'), target: 'value', code: 'required', message: `The field is empty: name the ${vocabulary.noun} field to search on, such as "${examples[0]}".` });
    return undefined;
  }
  const found = vocabulary.find(name);
  if (found === undefined) {
    const guess = closestName(name, vocabulary.fields.map((entry) => entry.field));
    const custom = vocabulary.custom ? `, or ${vocabulary.custom.title} ${vocabulary.custom.purpose}` : '';
    problems.push({
      path: partPath(base, index, 'field'),
      target: 'value',
      code: 'unknown_search_field',
      message: `Intercom cannot search ${vocabulary.plural} by ${quoteValue(name)}.${guess ? ` Did you mean "${guess}"?` : ''} Use a ${vocabulary.noun} field such as ${orList(vocabulary.exampleFields)}${custom}.`,
    });
  }
  return found === 'custom' ? undefined : found;
}

const knownOperators: ReadonlySet<string> = new Set(searchOperatorNames);
const listOperatorSet: ReadonlySet<string> = new Set(listOperators);
// Sets, not lists: filterIsFine asks once per filter.
const operatorSetsByFieldType: Readonly<Record<SearchableField['type'], ReadonlySet<string>>> = {
  string: new Set(operatorsByFieldType.string),
  integer: new Set(operatorsByFieldType.integer),
  boolean: new Set(operatorsByFieldType.boolean),
  date: new Set(operatorsByFieldType.date),
  tag: new Set(operatorsByFieldType.tag),
  list: new Set(operatorsByFieldType.list),
};

/** @returns the operator, when it is one Intercom accepts */
function checkOperator(filter: Json, base: JsonPathSegment[], index: number, problems: JsonProblem[]): string | undefined {
  if (!has(filter, 'operator')) {
    problems.push({ path: partPath(base, index, 'operator'), target: 'missing', code: 'required', message: `Add "operator": one of ${searchOperatorNames.join(', ')}.` });
    return undefined;
  }
  const operator = filter.operator;
  if (typeof operator !== 'string' || isReferenceString(operator)) return undefined;
  if (knownOperators.has(operator)) return operator;
  const upper = operator.trim().toUpperCase();
  const hint = searchOperatorNames.includes(upper) ? ` Write it as "${upper}".` : '';
  problems.push({
    path: partPath(base, index, 'operator'),
    target: 'value',
    code: 'invalid_operator',
    message: `Operator ${quoteValue(operator)} is not one Intercom accepts.${hint} Use one of: ${searchOperatorNames.join(', ')}.`,
  });
  return undefined;
}

const fieldTypeWords: Record<SearchableField['type'], string> = {
  string: 'a text field',
  integer: 'a number field',
  boolean: 'a true/false field',
  date: 'a date field',
  tag: 'a tag field',
  list: 'a list of ids',
};

function checkOperatorForField(field: SearchableField, operator: string, base: JsonPathSegment[], index: number, problems: JsonProblem[]): void {
  const allowed = operatorsByFieldType[field.type];
  if (allowed.includes(operator)) return;
  problems.push({
    path: partPath(base, index, 'operator'),
    target: 'value',
    code: 'operator_not_for_field',
    message: `${field.field} is ${fieldTypeWords[field.type]}: use ${orList(allowed)}.`,
  });
}

function checkFilterValue(
  value: unknown,
  field: SearchableField | undefined,
  operator: string | undefined,
  base: JsonPathSegment[],
  index: number,
  problems: JsonProblem[],
): void {
  if (isReferenceString(value)) return;
  if (operator && listOperators.includes(operator) && !Array.isArray(value)) {
    const example = value === undefined || value === null || typeof value === 'object' ? '["a", "b"]' : `[${quoteValue(value)}]`;
    problems.push({
      path: partPath(base, index, 'value'),
      target: 'value',
      code: 'list_operator_needs_array',
      message: `${operator} takes a list: write the value as an array, such as ${example}.`,
    });
    return;
  }
  if (operator && !listOperators.includes(operator) && Array.isArray(value)) {
    problems.push({
      path: partPath(base, index, 'value'),
      target: 'value',
      code: 'array_needs_list_operator',
      message: `Operator ${quoteValue(operator)} compares with one value, but this value is a list. Use IN (any of the list) or NIN (none of it), or give one value.`,
    });
    return;
  }
  if (field?.type === 'integer' && value !== null && !(Array.isArray(value) ? value.every(isWholeNumber) : isWholeNumber(value))) {
    problems.push({
      path: partPath(base, index, 'value'),
      target: 'value',
      code: 'invalid_number_value',
      message: `${field.field} is a number field: give a whole number without quotes, such as ${field.field.endsWith('assignee_id') ? '0 (assigned to nobody)' : '3'}.`,
    });
    return;
  }
  if (field?.type === 'date' && !Array.isArray(value) && !isTimestamp(value)) {
    problems.push({
      path: partPath(base, index, 'value'),
      target: 'value',
      code: 'invalid_date_value',
      message: `${field.field} is a date field: give a UNIX timestamp in seconds, such as 1577836800.`,
    });
  }
}

/** A whole number as JSON writes it (not text): integer fields compare numbers, and Intercom refuses "0". */
const isWholeNumber = (value: unknown): boolean => (typeof value === 'number' && Number.isInteger(value)) || isReferenceString(value);

/** A UNIX timestamp in seconds: a whole number, or text of digits (Intercom's own example sends "1306054154"). */
function isTimestamp(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value);
  return typeof value === 'string' && digitsOnly.test(value);
}

function checkPerPage(pagination: Json, problems: JsonProblem[]): void {
  if (!has(pagination, 'per_page')) return;
  const perPage = pagination.per_page;
  if (isReferenceString(perPage) || (typeof perPage === 'number' && Number.isInteger(perPage) && perPage >= 1 && perPage <= MAX_PER_PAGE)) {
    return;
  }
  problems.push({
    path: ['pagination', 'per_page'],
    target: 'value',
    code: 'invalid_per_page',
    message: `per_page must be a whole number from 1 to ${MAX_PER_PAGE}${typeof perPage === 'number' ? `; ${perPage} is not` : ''}.`,
  });
}

function checkSortOrder(sort: Json, problems: JsonProblem[]): void {
  if (!has(sort, 'order')) return;
  const order = sort.order;
  if (isReferenceString(order) || order === 'ascending' || order === 'descending') return;
  problems.push({
    path: ['sort', 'order'],
    target: 'value',
    code: 'invalid_sort_order',
    message:
      typeof order === 'string'
        ? `Sort order ${quoteValue(order)} is not valid. Use "ascending" or "descending".`
        : 'Sort order must be "ascending" or "descending".',
  });
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

import { Validator, type OutputUnit } from '@cfworker/json-schema';
import type { JsonSchema, JsonSchemaType } from '../schemas/json-schema.js';
import { isReferenceSchema } from '../schemas/reference-string.js';
import { closestName } from './closest-name.js';
import { describeJsonPath, type JsonPathSegment } from './json-path.js';
import type { JsonProblem } from './json-problem.js';

/** Checks a value against one schema; compiled once, cheap to call on every keystroke. */
export type SchemaCheck = (value: unknown) => JsonProblem[];

/**
 * Compiles a draft-07 schema with @cfworker/json-schema and returns a check that reports each problem once,
 * in words: of the alternatives in an `anyOf`, only the one the value was meant to be is reported on.
 * @example createSchemaCheck(jsonFieldSchemas.searchQuery)({}) // [{ code: 'required', path: ['query'], ... }]
 */
export function createSchemaCheck(schema: JsonSchema): SchemaCheck {
  // The validator annotates the schema objects it is given, so it gets its own copy.
  const validator = new Validator(structuredClone(schema) as Record<string, unknown>, '7', false);
  return (value) => {
    const result = validator.validate(value);
    return result.valid ? [] : describeErrors(result.errors, value, schema);
  };
}

interface Entry {
  keyword: string;
  /** JSON pointer of the instance, decoded into segments. */
  instance: JsonPathSegment[];
  instancePointer: string;
  keywordLocation: string;
}

/** Keywords that only say "something inside failed"; the inner errors say what. */
const summaryKeywords = new Set([
  'properties',
  'items',
  'allOf',
  '$ref',
  'if',
  'patternProperties',
  'additionalItems',
  'prefixItems',
  'propertyNames',
  'contains',
  'dependencies',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  'false',
]);

/** The most telling keyword first: an `expected` (no alternative fits) or an enum says more than a pattern. */
const keywordPriority = ['expected', 'enum', 'const', 'type', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength'];
const keywordRank = (keyword: string) => {
  const rank = keywordPriority.indexOf(keyword);
  return rank === -1 ? keywordPriority.length : rank;
};

const valueKeywords = new Set([
  'expected',
  'type',
  'enum',
  'const',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'format',
  'not',
]);

function describeErrors(units: OutputUnit[], value: unknown, schema: JsonSchema): JsonProblem[] {
  const entries = collectEntries(units, value);
  const pruned = pruneAlternatives(entries, schema);
  return toProblems(pruned, value, schema);
}

function collectEntries(units: OutputUnit[], value: unknown): Entry[] {
  const entries: Entry[] = [];
  units.forEach((unit, i) => {
    if (unit.keyword === 'additionalProperties') {
      const next = units[i + 1];
      // A property no schema allows: cfworker follows the summary with a `false` error at the property.
      if (next?.keyword === 'false') entries.push(entry('unknownProperty', next.instanceLocation, unit.keywordLocation, value));
      return;
    }
    if (summaryKeywords.has(unit.keyword)) return;
    if (unit.keywordLocation.includes('/propertyNames/')) {
      entries.push(entry('propertyName', unit.instanceLocation, unit.keywordLocation, value));
      return;
    }
    entries.push(entry(unit.keyword, unit.instanceLocation, unit.keywordLocation, value));
  });
  return entries;
}

function entry(keyword: string, instancePointer: string, keywordLocation: string, value: unknown): Entry {
  return { keyword, instancePointer, instance: pointerToPath(instancePointer, value), keywordLocation };
}

/**
 * Resolves every anyOf/oneOf, innermost first: keeps the errors of the alternative the value was meant to be
 * (its type matches, fewest errors, never the reference alternative), or, when no alternative even has the
 * value's type, replaces them all by one `expected` error on the value.
 */
function pruneAlternatives(entries: Entry[], schema: JsonSchema): Entry[] {
  let alive = entries;
  const markers = entries
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => b.keywordLocation.length - a.keywordLocation.length);
  for (const marker of markers) {
    const prefix = `${marker.keywordLocation}/`;
    const branches = new Map<number, Entry[]>();
    for (const e of alive) {
      if (!e.keywordLocation.startsWith(prefix)) continue;
      const index = Number(e.keywordLocation.slice(prefix.length).split('/')[0]);
      branches.set(index, [...(branches.get(index) ?? []), e]);
    }
    const candidates = [...branches.entries()].filter(
      ([index, errors]) =>
        !isReferenceSchema(schemaAt(schema, `${prefix}${index}`)) &&
        !errors.some((e) => e.keyword === 'type' && e.instancePointer === marker.instancePointer),
    );
    const best = candidates.sort(([a, x], [b, y]) => x.length - y.length || a - b)[0];
    const keep = new Set(best ? best[1] : []);
    alive = alive.filter((e) => e !== marker && (!e.keywordLocation.startsWith(prefix) || keep.has(e)));
    if (!best) {
      alive.push({ ...marker, keyword: 'expected', keywordLocation: marker.keywordLocation });
    }
  }
  return alive;
}

function toProblems(entries: Entry[], value: unknown, schema: JsonSchema): JsonProblem[] {
  const problems: JsonProblem[] = [];
  const seenValues = new Set<string>();
  for (const e of entries) {
    if (valueKeywords.has(e.keyword)) {
      // One message per value, however many keywords it failed.
      if (seenValues.has(e.instancePointer)) continue;
      seenValues.add(e.instancePointer);
      const atValue = entries.filter((other) => other.instancePointer === e.instancePointer && valueKeywords.has(other.keyword));
      const primary = atValue.sort((a, b) => keywordRank(a.keyword) - keywordRank(b.keyword))[0] ?? e;
      problems.push(valueProblem(primary, valueAt(value, primary.instance), schema));
      continue;
    }
    const problem = structuralProblem(e, value, schema);
    if (problem) problems.push(problem);
  }
  return problems;
}

function valueProblem(e: Entry, actual: unknown, schema: JsonSchema): JsonProblem {
  const node = schemaAt(schema, parentLocation(e.keywordLocation));
  const owner = schemaAt(schema, ownerLocation(e.keywordLocation));
  const name = describeJsonPath(e.instance);
  const Name = capitalize(name);
  const base = { path: e.instance, target: 'value' as const };
  const custom = owner?.errorMessage ?? node?.errorMessage;
  if (custom) return { ...base, code: 'invalid_value', message: custom };
  const orReference = typeof actual === 'string' && acceptsReference(owner) ? ' (or exactly one reference, such as "<Step.field>")' : '';
  switch (e.keyword) {
    case 'enum': {
      const options = (node?.enum ?? []).map(String).join(', ');
      return { ...base, code: 'invalid_value', message: `${JSON.stringify(actual)} is not accepted for ${name}. Use one of: ${options}.` };
    }
    case 'const':
      return { ...base, code: 'invalid_value', message: `${Name} must be ${JSON.stringify(node?.const)}.` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { ...base, code: 'out_of_range', message: `${Name} must be ${rangeWords(node ?? {})}; ${JSON.stringify(actual)} is out of range.` };
    case 'minLength':
      return { ...base, code: 'empty', message: `${Name} cannot be empty.` };
    case 'pattern':
      return { ...base, code: 'invalid_value', message: `${Name} must look like ${node?.title ?? node?.description ?? node?.pattern ?? 'the expected format'}.` };
    default: {
      const expected = describeExpected(node ?? owner);
      return { ...base, code: 'invalid_type', message: `${Name} must be ${expected}${orReference}; it is ${kindOf(actual)}.` };
    }
  }
}

function structuralProblem(e: Entry, value: unknown, schema: JsonSchema): JsonProblem | undefined {
  const node = schemaAt(schema, parentLocation(e.keywordLocation));
  const name = describeJsonPath(e.instance);
  const Name = capitalize(name);
  const actual = valueAt(value, e.instance);
  switch (e.keyword) {
    case 'required': {
      const missing = (node?.required ?? []).filter((key) => !hasKey(actual, key));
      const key = missing[0];
      if (key === undefined) return undefined;
      const about = node?.properties?.[key]?.description;
      const where = e.instance.length > 0 ? ` to ${name}` : '';
      return {
        path: [...e.instance, key],
        target: 'missing',
        code: 'required',
        message: `Add "${key}"${where}.${about ? ` ${about}` : ''}`,
      };
    }
    case 'unknownProperty': {
      const key = String(e.instance[e.instance.length - 1]);
      const owner = schemaAt(schema, parentLocation(e.keywordLocation));
      const known = Object.keys(owner?.properties ?? {});
      const guess = closestName(key, known);
      const hint = guess ? ` Did you mean "${guess}"?` : known.length > 0 ? ` Use one of: ${known.join(', ')}.` : '';
      const parent = e.instance.slice(0, -1);
      const where = parent.length > 0 ? ` in ${describeJsonPath(parent)}` : '';
      return { path: e.instance, target: 'key', code: 'unknown_property', message: `"${key}" is not accepted${where}.${hint}` };
    }
    case 'propertyName':
      return { path: e.instance, target: 'key', code: 'invalid_property_name', message: node?.errorMessage ?? 'This property name is not accepted.' };
    case 'minItems':
      return { path: e.instance, target: 'value', code: 'too_few_items', message: `${Name} needs at least ${node?.minItems ?? 1} item${node?.minItems === 1 ? '' : 's'}.` };
    case 'maxItems':
      return { path: e.instance, target: 'value', code: 'too_many_items', message: `${Name} can hold at most ${node?.maxItems ?? 0} items; it has ${Array.isArray(actual) ? actual.length : 'more'}.` };
    case 'minProperties':
    case 'maxProperties': {
      const keys = Object.keys(node?.properties ?? {});
      const message =
        node?.minProperties === 1 && node.maxProperties === 1
          ? `${Name} must have exactly one of: ${keys.join(', ')}.`
          : `${Name} has the wrong number of properties.`;
      return { path: e.instance, target: 'value', code: 'invalid_properties', message };
    }
    default:
      return { path: e.instance, target: 'value', code: 'invalid_value', message: `${Name} is not valid here.` };
  }
}

const typeWords: Record<JsonSchemaType, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** What a schema accepts, in words: "a whole number from 1 to 150", "text or null". */
export function describeExpected(node: JsonSchema | undefined): string {
  const parts = expectedParts(node);
  if (parts.length <= 1) return parts[0] ?? 'a valid value';
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

function expectedParts(node: JsonSchema | undefined): string[] {
  if (!node) return [];
  if (node.anyOf) return [...new Set(node.anyOf.filter((alt) => !isReferenceSchema(alt)).flatMap(expectedParts))];
  if (node.enum) return [`one of ${node.enum.map(String).join(', ')}`];
  if (node.const !== undefined) return [JSON.stringify(node.const)];
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  if (types.length === 0 && (node.if || node.properties)) return ['an object'];
  return types.map((type) => {
    const words = typeWords[type];
    const range = type === 'integer' || type === 'number' ? rangeWords(node) : '';
    return range ? `${words} ${range.replace(/^a (whole )?number /, '')}` : words;
  });
}

function rangeWords(node: JsonSchema): string {
  const { minimum, maximum } = node;
  if (minimum !== undefined && maximum !== undefined) return `from ${minimum} to ${maximum}`;
  if (minimum !== undefined) return `at least ${minimum}`;
  if (maximum !== undefined) return `at most ${maximum}`;
  return '';
}

function acceptsReference(node: JsonSchema | undefined): boolean {
  return node?.anyOf?.some(isReferenceSchema) ?? false;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function hasKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key);
}

/** The schema node a keyword belongs to: `#/properties/a/type` -> `#/properties/a`. */
function parentLocation(keywordLocation: string): string {
  return keywordLocation.slice(0, keywordLocation.lastIndexOf('/'));
}

/**
 * The schema of the value an error is about, before any anyOf picked an alternative:
 * `#/properties/a/anyOf/0/type` -> `#/properties/a`.
 */
function ownerLocation(keywordLocation: string): string {
  const segments = keywordLocation.split('/');
  let end = 1;
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i];
    if (segment === 'properties' || segment === 'patternProperties') {
      end = i + 2;
      i++;
    } else if (segment === 'items' || segment === 'additionalProperties') {
      end = i + 1;
    }
  }
  return segments.slice(0, end).join('/');
}

/** The schema node at a `#/...` keyword location (the schemas here use no `$ref`). */
function schemaAt(schema: JsonSchema, location: string): JsonSchema | undefined {
  let node: unknown = schema;
  for (const segment of location.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[decodeSegment(segment)];
  }
  return node !== null && typeof node === 'object' ? (node as JsonSchema) : undefined;
}

function decodeSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Turns cfworker's `#/a/0/b` into path segments, using the value to tell array indexes from keys. */
function pointerToPath(pointer: string, value: unknown): JsonPathSegment[] {
  const path: JsonPathSegment[] = [];
  let current = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodeSegment(raw);
    if (Array.isArray(current)) {
      const index = Number(key);
      path.push(index);
      current = current[index] as unknown;
    } else {
      path.push(key);
      current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
    }
  }
  return path;
}

function valueAt(value: unknown, path: readonly JsonPathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

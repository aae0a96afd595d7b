import type { JsonSchema, JsonSchemaType } from '../schemas/json-schema.js';
import { isReferenceSchema } from '../schemas/reference-string.js';
import { closestName } from './closest-name.js';
import { describeJsonPath } from './json-path.js';
import type { JsonProblem } from './json-problem.js';
import type { SchemaError } from './schema-errors.js';
import { ownerLocation, parentLocation, schemaAt, valueAt } from './schema-locations.js';
import { quoteValue } from '../text/quote.js';

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

/**
 * Puts the errors that matter into words: one problem per value (the most telling of its errors), and one
 * per missing property, unknown property or list of the wrong size.
 */
export function describeSchemaErrors(entries: SchemaError[], value: unknown, schema: JsonSchema): JsonProblem[] {
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

function valueProblem(e: SchemaError, actual: unknown, schema: JsonSchema): JsonProblem {
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
      return { ...base, code: 'invalid_value', message: `${quoteValue(actual)} is not accepted for ${name}. Use one of: ${options}.` };
    }
    case 'const':
      return { ...base, code: 'invalid_value', message: `${Name} must be ${JSON.stringify(node?.const)}.` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { ...base, code: 'out_of_range', message: `${Name} must be ${rangeWords(node ?? {})}; ${quoteValue(actual)} is out of range.` };
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

function structuralProblem(e: SchemaError, value: unknown, schema: JsonSchema): JsonProblem | undefined {
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
      return { path: e.instance, target: 'key', code: 'unknown_property', message: `${quoteValue(key)} is not accepted${where}.${hint}` };
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
  // A long list (like the searchable fields) reads better as its type; completion shows the values.
  if (node.enum && node.enum.length <= 12) return [`one of ${node.enum.map(String).join(', ')}`];
  if (node.const !== undefined) return [JSON.stringify(node.const)];
  const types = node.type === undefined ? (node.enum ? ['string' as const] : []) : Array.isArray(node.type) ? node.type : [node.type];
  if (types.length === 0 && (node.if || node.properties)) return ['an object'];
  return types.map((type) => {
    const words = typeWords[type];
    const range = type === 'integer' || type === 'number' ? rangeWords(node) : '';
    return range ? `${words} ${range}` : words;
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
  if (typeof value === 'string') return `the text ${quoteValue(value)}`;
  if (typeof value === 'object') return 'an object';
  return quoteValue(value);
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function hasKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key);
}

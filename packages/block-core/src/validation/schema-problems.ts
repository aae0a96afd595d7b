import { Validator } from '@cfworker/json-schema';
import type { JsonSchema } from '../schemas/json-schema.js';
import type { JsonProblem } from './json-problem.js';
import { relevantErrors } from './schema-errors.js';
import { describeSchemaErrors } from './schema-messages.js';

/** Checks a value against one schema; compiled once, cheap to call on every keystroke. */
export type SchemaCheck = (value: unknown) => JsonProblem[];

/**
 * Compiles a draft-07 schema with @cfworker/json-schema and returns a check that reports each problem once,
 * in words: of the alternatives in an `anyOf`, only the one the value was meant to be is reported on.
 * @param isValid the same schema precompiled (`compiledSchemaChecks`): a value it accepts skips the slower checker
 * @example createSchemaCheck(jsonFieldSchemas.searchQuery)({}) // [{ code: 'required', path: ['query'], ... }]
 */
export function createSchemaCheck(schema: JsonSchema, isValid?: (value: unknown) => boolean): SchemaCheck {
  // The validator annotates the schema objects it is given, so it gets its own copy.
  const validator = new Validator(structuredClone(schema), '7', false);
  return (value) => {
    // A precompiled yes answers at once; the full checker explains a no.
    if (isValid?.(value) === true) return [];
    let checked = value;
    let result;
    try {
      result = validator.validate(checked);
    } catch {
      // A property name holding half a surrogate pair ("\ud800") breaks the validator's URI encoding.
      checked = withWellFormedKeys(value);
      result = validator.validate(checked);
    }
    return result.valid ? [] : describeSchemaErrors(relevantErrors(result.errors, checked, schema), checked, schema);
  };
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function withWellFormedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withWellFormedKeys);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(copy, key.replace(loneSurrogate, '\uFFFD'), { value: withWellFormedKeys(item), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

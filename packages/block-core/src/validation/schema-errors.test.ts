import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../schemas/json-schema.js';
import { orReference } from '../schemas/reference-string.js';
import { relevantErrors } from './schema-errors.js';

const errorsOf = (schema: JsonSchema, value: unknown) => {
  const result = new Validator(structuredClone(schema), '7', false).validate(value);
  return relevantErrors(result.errors, value, schema).map((e) => `${e.instancePointer} ${e.keyword}`);
};

describe('relevantErrors', () => {
  const shape: JsonSchema = {
    type: 'object',
    properties: {
      query: orReference({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false }),
      list: { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'array', items: { type: 'object' } }] },
    },
  };

  it('drops summaries and keeps one error for an unknown property, at the property', () => {
    expect(errorsOf(shape, { query: { a: 'x', b: 1 } })).toEqual(['#/query/b unknownProperty']);
  });

  it('keeps the alternative whose type fits, never the reference one', () => {
    expect(errorsOf(shape, { query: { a: 1 } })).toEqual(['#/query/a type']);
    expect(errorsOf(shape, { query: {} })).toEqual(['#/query required']);
  });

  it('replaces alternatives that all miss the type by one expected error on the value', () => {
    expect(errorsOf(shape, { query: 5 })).toEqual(['#/query expected']);
  });

  it('keeps the alternative with the fewest errors', () => {
    expect(errorsOf(shape, { list: ['a', 'b', {}] })).toEqual(['#/list/2 type']);
    expect(errorsOf(shape, { list: [{}, {}, 'c'] })).toEqual(['#/list/2 type']);
  });
});

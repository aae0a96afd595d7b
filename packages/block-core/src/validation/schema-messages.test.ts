import { describe, expect, it } from 'vitest';
import { orReference } from '../schemas/reference-string.js';
import type { SchemaError } from './schema-errors.js';
import { describeExpected, describeSchemaErrors } from './schema-messages.js';

const error = (keyword: string, instance: (string | number)[], keywordLocation: string): SchemaError => ({
  keyword,
  instance,
  instancePointer: ['#', ...instance].join('/'),
  keywordLocation,
});

describe('describeSchemaErrors', () => {
  const schema = { type: 'object' as const, properties: { size: { type: 'integer' as const, minimum: 1 } } };

  it('gives one problem per value, from its most telling error', () => {
    const problems = describeSchemaErrors(
      [error('minimum', ['size'], '#/properties/size/minimum'), error('type', ['size'], '#/properties/size/type')],
      { size: 0.5 },
      schema,
    );
    expect(problems).toEqual([{ path: ['size'], target: 'value', code: 'invalid_type', message: '"size" must be a whole number at least 1; it is 0.5.' }]);
  });

  it('says "not valid here" for a keyword it has no words for', () => {
    expect(describeSchemaErrors([error('uniqueItems', ['size'], '#/properties/size/uniqueItems')], { size: [1, 1] }, schema)[0]?.message).toBe(
      '"size" is not valid here.',
    );
  });
});

describe('describeExpected', () => {
  it('puts a schema in words', () => {
    expect(describeExpected({ type: ['string', 'null'] })).toBe('text or null');
    expect(describeExpected(orReference({ type: 'boolean' }))).toBe('true or false');
    expect(describeExpected({ anyOf: [{ type: 'array' }, { type: 'object' }] })).toBe('a list or an object');
    expect(describeExpected({ enum: ['a', 'b'] })).toBe('one of a, b');
    expect(describeExpected({ type: 'string', enum: Array.from({ length: 13 }, (_, i) => `v${i}`) })).toBe('text');
    expect(describeExpected({ type: 'integer', minimum: 1, maximum: 150 })).toBe('a whole number from 1 to 150');
    expect(describeExpected({ type: 'number', minimum: 0 })).toBe('a number at least 0');
    expect(describeExpected({ if: {}, then: {} })).toBe('an object');
    expect(describeExpected(undefined)).toBe('a valid value');
  });
});

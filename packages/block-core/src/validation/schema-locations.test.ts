import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../schemas/json-schema.js';
import { ownerLocation, parentLocation, pointerToPath, schemaAt, valueAt } from './schema-locations.js';

describe('schema locations', () => {
  const schema: JsonSchema = { properties: { 'a/b': { anyOf: [{ type: 'string' }, { items: { type: 'integer' } }] } } };

  it('finds the node a keyword belongs to, and the schema of the value before any alternative', () => {
    expect(parentLocation('#/properties/a/anyOf/0/type')).toBe('#/properties/a/anyOf/0');
    expect(ownerLocation('#/properties/a/anyOf/0/type')).toBe('#/properties/a');
    expect(ownerLocation('#/properties/list/anyOf/0/items/anyOf/1/required')).toBe('#/properties/list/anyOf/0/items');
    expect(ownerLocation('#/anyOf/0/else/properties/operator/anyOf/0/enum')).toBe('#/anyOf/0/else/properties/operator');
    expect(ownerLocation('#/type')).toBe('#');
  });

  it('walks a schema by an encoded keyword location', () => {
    expect(schemaAt(schema, '#/properties/a~1b/anyOf/1/items')).toEqual({ type: 'integer' });
    expect(schemaAt(schema, '#')).toBe(schema);
    expect(schemaAt(schema, '#/properties/nothing/type')).toBeUndefined();
  });

  it('decodes an instance pointer into keys and indexes', () => {
    const value = { 'a/b': [{ 'c~d': 1 }], '5': { x: 1 } };
    expect(pointerToPath('#/a~1b/0/c~0d', value)).toEqual(['a/b', 0, 'c~d']);
    expect(pointerToPath('#/5/x', value)).toEqual(['5', 'x']);
    expect(pointerToPath('#/plan%20name', { 'plan name': 1 })).toEqual(['plan name']);
    expect(pointerToPath('#', value)).toEqual([]);
    expect(valueAt(value, ['a/b', 0, 'c~d'])).toBe(1);
    expect(valueAt(value, ['a/b', 3, 'x'])).toBeUndefined();
  });
});

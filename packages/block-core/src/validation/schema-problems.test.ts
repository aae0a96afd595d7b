import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../schemas/json-schema.js';
import { orReference } from '../schemas/reference-string.js';
import { createSchemaCheck } from './schema-problems.js';

const settings: JsonSchema = {
  type: 'object',
  properties: {
    mode: orReference({ type: 'string', enum: ['fast', 'safe'], enumDescriptions: ['Fast.', 'Safe.'] }),
    size: orReference({ type: 'integer', minimum: 1, maximum: 150, description: 'How many per page.' }),
    name: { type: 'string', minLength: 1 },
    owner: orReference({
      type: 'object',
      properties: { id: { type: 'string', description: 'The owner ID.' }, email: { type: 'string' } },
      required: ['id'],
      additionalProperties: false,
    }),
    tags: { type: 'array', items: orReference({ type: 'string' }), maxItems: 2 },
    contact: { type: 'object', properties: { id: { type: 'string' }, email: { type: 'string' } }, minProperties: 1, maxProperties: 1, additionalProperties: false },
    note: { type: 'number', errorMessage: 'A note is a number, as agreed.' },
  },
  required: ['mode'],
  additionalProperties: false,
};
const check = createSchemaCheck(settings);

describe('createSchemaCheck', () => {
  it('finds nothing in a valid value, references included', () => {
    expect(check({ mode: 'fast', size: 3, owner: { id: 'a' }, tags: ['x'] })).toEqual([]);
    expect(check({ mode: '<Trigger.mode>', size: '<Trigger.size>', owner: '<Trigger.owner>', tags: ['<Trigger.tag>'] })).toEqual([]);
  });

  it('says which values an enum takes, without mentioning the reference alternative', () => {
    expect(check({ mode: 'quick' })).toEqual([
      { path: ['mode'], target: 'value', code: 'invalid_value', message: '"quick" is not accepted for "mode". Use one of: fast, safe.' },
    ]);
  });

  it('describes a wrong type once, with the reference it could also be', () => {
    expect(check({ mode: 'fast', size: 'many' })).toEqual([
      {
        path: ['size'],
        target: 'value',
        code: 'invalid_type',
        message: '"size" must be a whole number from 1 to 150 (or exactly one reference, such as "<Step.field>"); it is the text "many".',
      },
    ]);
    expect(check({ mode: 'fast', size: true })[0]?.message).toBe('"size" must be a whole number from 1 to 150; it is true.');
  });

  it('reports a number out of range', () => {
    expect(check({ mode: 'fast', size: 500 })).toEqual([
      { path: ['size'], target: 'value', code: 'out_of_range', message: '"size" must be from 1 to 150; 500 is out of range.' },
    ]);
  });

  it('reports a missing property at its own path, with what it is for', () => {
    expect(check({})).toEqual([{ path: ['mode'], target: 'missing', code: 'required', message: 'Add "mode".' }]);
    expect(check({ mode: 'fast', owner: {} })).toEqual([
      { path: ['owner', 'id'], target: 'missing', code: 'required', message: 'Add "id" to "owner". The owner ID.' },
    ]);
  });

  it('reports an unknown property on its name, suggesting the one meant', () => {
    expect(check({ mode: 'fast', nmae: 'x' })).toEqual([
      { path: ['nmae'], target: 'key', code: 'unknown_property', message: '"nmae" is not accepted. Did you mean "name"?' },
    ]);
    expect(check({ mode: 'fast', owner: { id: 'a', phone: '1' } })[0]?.message).toBe('"phone" is not accepted in "owner". Use one of: id, email.');
  });

  it('chooses the alternative the value was meant to be and reports inside it', () => {
    const problems = check({ mode: 'fast', owner: { id: 5 } });
    expect(problems).toEqual([{ path: ['owner', 'id'], target: 'value', code: 'invalid_type', message: '"id" must be text; it is 5.' }]);
  });

  it('reports lists that are too long, items of the wrong type, and exactly-one objects', () => {
    expect(check({ mode: 'fast', tags: ['a', 'b', 'c'] })[0]).toMatchObject({ code: 'too_many_items', message: '"tags" can hold at most 2 items; it has 3.' });
    expect(check({ mode: 'fast', tags: [3] })[0]).toMatchObject({ path: ['tags', 0], message: 'Item 1 of "tags" must be text; it is 3.' });
    // Items share keyword locations: each item's alternatives are weighed on their own.
    expect(check({ mode: 'fast', tags: [{ a: 1 }, '<T.tag>'] }).map((p) => p.message)).toEqual(['Item 1 of "tags" must be text; it is an object.']);
    expect(check({ mode: 'fast', contact: { id: '1', email: 'a' } })[0]).toMatchObject({
      code: 'invalid_properties',
      message: '"contact" must have exactly one of: id, email.',
    });
    expect(check({ mode: 'fast', name: '' })[0]).toMatchObject({ code: 'empty', message: '"name" cannot be empty.' });
  });

  it("uses a schema's own errorMessage", () => {
    expect(check({ mode: 'fast', note: 'x' })[0]?.message).toBe('A note is a number, as agreed.');
  });

  it('works through if/then/else and decodes JSON pointers', () => {
    const conditional = createSchemaCheck({
      type: 'object',
      properties: { 'a/b~c': { type: 'integer' } },
      if: { required: ['kind'], properties: { kind: { const: 'x' } } },
      then: { required: ['x'] },
      else: { required: ['y'] },
    });
    expect(conditional({ kind: 'x', 'a/b~c': 'no' }).map((p) => p.path)).toEqual([['x'], ['a/b~c']]);
    expect(conditional({ kind: 'z' }).map((p) => p.path)).toEqual([['y']]);
  });

  it('copes with a property name holding half a surrogate pair', () => {
    expect(check({ mode: 'fast', '\ud800': 1 })).toEqual([
      { path: ['\ufffd'], target: 'key', code: 'unknown_property', message: '"\ufffd" is not accepted. Use one of: mode, size, name, owner, tags, contact, note.' },
    ]);
  });

  it('does not change the schema it is given', () => {
    const schema: JsonSchema = { type: 'object', properties: { a: { type: 'string' } } };
    const before = JSON.stringify(schema);
    createSchemaCheck(schema)({ a: 1 });
    expect(JSON.stringify(schema)).toBe(before);
    expect(Object.getOwnPropertyNames(schema)).toEqual(['type', 'properties']);
  });
});

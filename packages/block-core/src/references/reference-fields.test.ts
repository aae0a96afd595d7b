import { describe, expect, it } from 'vitest';
import type { IntercomConfig } from '../types.js';
import { referenceFieldsOf, referencesInField } from './reference-fields.js';

describe('referenceFieldsOf', () => {
  // As a saved block may arrive: a field of the wrong kind is kept as typed.
  const config = JSON.parse(
    '{"resource": "contact", "operation": "get", "contactId": "<Trigger.id>", "email": "<Trigger.email>", "perPage": 50, "queryJson": "{}", "message": 42}',
  ) as IntercomConfig;

  it('lists every string field that accepts references, used or not', () => {
    expect(referenceFieldsOf(config, false).map((f) => [f.field, f.kind])).toEqual([
      ['email', 'text'],
      ['contactId', 'text'],
      ['queryJson', 'json'],
    ]);
  });

  it('keeps to the fields the chosen operation shows when asked', () => {
    expect(referenceFieldsOf(config, true).map((f) => f.field)).toEqual(['contactId']);
  });
});

describe('referencesInField', () => {
  it('finds references anywhere in a text field', () => {
    expect(referencesInField('a <T.x> b', 'text').map((t) => [t.raw, t.start])).toEqual([['<T.x>', 2]]);
  });

  it('finds references only inside the strings of a JSON field, at their place in the text', () => {
    const text = '{"name": "Dr <T.name>", "age": <T.age>}';
    const [token, ...rest] = referencesInField(text, 'json');
    expect(rest).toEqual([]);
    expect(token).toMatchObject({ raw: '<T.name>', step: 'T', path: ['name'], start: 13, end: 21 });
  });

  it('keeps raw equal to the text of the reference when it is written with escapes', () => {
    const text = String.raw`{"a": "\u003cT.x>"}`;
    const [token] = referencesInField(text, 'json');
    expect(token && text.slice(token.start, token.end)).toBe(token?.raw);
    expect(token).toMatchObject({ step: 'T', path: ['x'], raw: String.raw`\u003cT.x>` });
  });
});

import { describe, expect, it } from 'vitest';
import { intercomFields } from '../definition/fields.js';
import type { FieldName } from '../types.js';
import { isFieldName, wrongKindIssue } from './field-kind.js';

describe('wrongKindIssue', () => {
  it('accepts text in every field and numbers in number fields', () => {
    for (const name of Object.keys(intercomFields) as FieldName[]) expect(wrongKindIssue(name, 'typed text')).toBeUndefined();
    expect(wrongKindIssue('perPage', 50)).toBeUndefined();
  });

  it('lets empty values through (required is a validation matter)', () => {
    expect(wrongKindIssue('email', undefined)).toBeUndefined();
    expect(wrongKindIssue('email', null)).toBeUndefined();
  });

  it.each([
    ['email', 42, 'Email must be text, but the saved value is the number 42.'],
    ['perPage', true, 'Per page must be a number, but the saved value is true.'],
    ['queryJson', { query: {} }, 'Search query must be JSON text (a string), but the saved value is an object. Write it as JSON text.'],
    ['ticketJson', [], 'Ticket must be JSON text (a string), but the saved value is a list. Write it as JSON text.'],
    ['operation', 3, 'Operation must be text, but the saved value is the number 3.'],
  ] as const)('names %s holding %j', (name, value, message) => {
    expect(wrongKindIssue(name, value)).toEqual({ field: name, code: 'wrong_type', message });
  });
});

describe('isFieldName', () => {
  it('knows the block fields and nothing else', () => {
    expect(isFieldName('customAttributesJson')).toBe(true);
    expect(isFieldName('toString')).toBe(false);
    expect(isFieldName('notes')).toBe(false);
  });
});

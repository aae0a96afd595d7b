import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSingleReference, parseReferences } from '../references/index.js';
import {
  containsReference,
  isReferenceSchema,
  isReferenceString,
  orReference,
  REFERENCE_PATTERN,
  referenceAtStart,
  referenceSchema,
} from './reference-string.js';

describe('isReferenceString', () => {
  it.each(['<Trigger.age>', '<Trigger.contact.id>', '<Classify.labels[0].name>', '<_a1.b_2[10][3]>'])('accepts %s', (text) => {
    expect(isReferenceString(text)).toBe(true);
  });

  it.each(['<Trigger>', '<Trigger.>', '<1Step.x>', '<Step.x-y>', '<Step[0]>', '<Step.x[a]>', ' <Step.x>', '<Step.x> ', '<john@x.com>', 'a < b', '<Step.x><Step.y>'])(
    'rejects %s',
    (text) => {
      expect(isReferenceString(text)).toBe(false);
    },
  );

  it('rejects values that are not text', () => {
    expect(isReferenceString(42)).toBe(false);
    expect(isReferenceString(null)).toBe(false);
  });
});

describe('containsReference', () => {
  it('finds a reference inside longer text and ignores other angle brackets', () => {
    expect(containsReference('<Trigger.first>@example.com')).toBe(true);
    expect(containsReference('Hello <Trigger.name>, a < b')).toBe(true);
    expect(containsReference('a < b > c')).toBe(false);
    expect(containsReference('<john@x.com>')).toBe(false);
  });
});

describe('referenceAtStart', () => {
  it('finds the reference a text starts with', () => {
    expect(referenceAtStart('<Trigger.items[0].x>, "b": 1}')).toBe('<Trigger.items[0].x>');
    expect(referenceAtStart(' <Trigger.x>')).toBeUndefined();
    expect(referenceAtStart('<Trigger>')).toBeUndefined();
  });
});

describe('the grammar agrees with the references area', () => {
  const ident = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,4}$/);
  const piece = fc.oneof(fc.constantFrom('<', '>', '.', '[', ']', '0', '12', ' ', '@', '-'), ident);
  const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

  it('matches a whole reference exactly when isSingleReference does', () => {
    fc.assert(fc.property(text, (value) => isReferenceString(value) === isSingleReference(value)));
  });

  it('finds a reference exactly when parseReferences does', () => {
    fc.assert(fc.property(text, (value) => containsReference(value) === parseReferences(value).length > 0));
  });
});

describe('orReference', () => {
  it('offers the reference as an alternative and lifts the description for hover', () => {
    const wrapped = orReference({ type: 'integer', description: 'How many.' });
    expect(wrapped.description).toBe('How many.');
    expect(wrapped.anyOf).toEqual([{ type: 'integer', description: 'How many.' }, referenceSchema]);
    expect(isReferenceSchema(wrapped.anyOf?.[1])).toBe(true);
    expect(isReferenceSchema(wrapped.anyOf?.[0])).toBe(false);
  });

  it('uses a pattern that compiles with the u flag, as validators and Monaco do', () => {
    expect(new RegExp(REFERENCE_PATTERN, 'u').test('<Trigger.contact.id>')).toBe(true);
  });
});

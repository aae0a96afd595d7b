import { describe, expect, it } from 'vitest';
import { formatReference, formatReferencePath, isReferenceIdentifier } from './reference-grammar.js';

describe('isReferenceIdentifier', () => {
  it('accepts letters, digits and underscores not starting with a digit', () => {
    expect(['Trigger', '_x', 'a1', 'conversation_id'].map(isReferenceIdentifier)).toEqual([true, true, true, true]);
    expect(['1Step', '', 'first-name', 'a.b', 'é'].map(isReferenceIdentifier)).toEqual([false, false, false, false, false]);
  });
});

describe('formatReference', () => {
  it('writes names with dots and indexes in brackets', () => {
    expect(formatReferencePath('Classify', ['labels', 0, 'name'])).toBe('Classify.labels[0].name');
    expect(formatReference('Trigger', ['email'])).toBe('<Trigger.email>');
  });
});

import { describe, expect, it } from 'vitest';
import { describeJsonPath, formatJsonPath, isWithin } from './json-path.js';

describe('formatJsonPath', () => {
  it('writes keys with dots, indexes in brackets, and other names quoted', () => {
    expect(formatJsonPath([])).toBe('$');
    expect(formatJsonPath(['query', 'value', 1, 'operator'])).toBe('$.query.value[1].operator');
    expect(formatJsonPath(['plan name', 'custom_attributes.plan'])).toBe('$["plan name"]["custom_attributes.plan"]');
  });
});

describe('isWithin', () => {
  it('is true for the same path and for paths inside it', () => {
    expect(isWithin(['a', 0, 'b'], ['a'])).toBe(true);
    expect(isWithin(['a'], ['a'])).toBe(true);
    expect(isWithin(['a'], [])).toBe(true);
    expect(isWithin(['a'], ['a', 0])).toBe(false);
    expect(isWithin(['ab'], ['a'])).toBe(false);
  });
});

describe('describeJsonPath', () => {
  it('names the value for messages', () => {
    expect(describeJsonPath([])).toBe('the JSON');
    expect(describeJsonPath(['pagination', 'per_page'])).toBe('"per_page"');
    expect(describeJsonPath(['contacts', 0])).toBe('item 1 of "contacts"');
    expect(describeJsonPath([0, 1])).toBe('item 2');
  });
});

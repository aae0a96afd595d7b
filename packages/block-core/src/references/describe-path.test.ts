import { describe, expect, it } from 'vitest';
import { availableNames, describeMissing } from './describe-path.js';

describe('availableNames', () => {
  it('lists the names a reference can use', () => {
    expect(availableNames(['email', 'first-name', 'name'])).toBe('Available: email, name.');
    expect(availableNames([])).toBe('Available: none.');
  });

  it('shortens long lists', () => {
    const names = Array.from({ length: 30 }, (_, i) => `f${i}`);
    expect(availableNames(names)).toMatch(/^Available: f0, f1, .*f24, and 5 more\.$/);
  });
});

describe('describeMissing', () => {
  it('says output at the top and field deeper', () => {
    expect(describeMissing('Trigger', [], 'emial', 'object')).toBe('Trigger has no output "emial".');
    expect(describeMissing('Trigger', ['contact'], 'emial', 'object')).toBe('Trigger.contact has no field "emial".');
  });

  it('explains indexes and names that do not apply', () => {
    expect(describeMissing('A', ['labels'], 'name', 'array')).toBe(
      'A.labels is a list, so it has no field "name": pick an item first, as in A.labels[0].name.',
    );
    expect(describeMissing('A', ['c'], 0, 'object')).toBe('A.c is an object, not a list, so [0] does not apply.');
    expect(describeMissing('A', ['l'], 3, 'array')).toBe('A.l has no item [3].');
    expect(describeMissing('A', ['email'], 'x', 'text')).toBe('A.email is text, so it has no field "x".');
  });
});

import { describe, expect, it } from 'vitest';
import { isBlankValue } from './blank.js';

describe('isBlankValue', () => {
  it('counts absent, null and whitespace-only text as not filled in', () => {
    for (const value of [undefined, null, '', '   ', '\n\t']) expect(isBlankValue(value)).toBe(true);
  });

  it('counts anything else as filled in, including 0 and false', () => {
    for (const value of ['a', ' a ', 0, false, {}]) expect(isBlankValue(value)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { at } from '../seed/time.js';
import { compareByDay } from './day-compare.js';

describe('compareByDay (UTC calendar days)', () => {
  const nineAm = at('2020-01-01T09:00:00Z');

  it('= covers the whole day of the value', () => {
    expect(compareByDay(at('2020-01-01T00:00:00Z'), '=', nineAm)).toBe(true);
    expect(compareByDay(at('2020-01-01T23:59:59Z'), '=', nineAm)).toBe(true);
    expect(compareByDay(at('2020-01-02T00:00:00Z'), '=', nineAm)).toBe(false);
  });

  it('> starts at the next day', () => {
    expect(compareByDay(at('2020-01-01T10:00:00Z'), '>', nineAm)).toBe(false);
    expect(compareByDay(at('2020-01-02T00:00:00Z'), '>', nineAm)).toBe(true);
  });

  it('< ends before the day starts', () => {
    expect(compareByDay(at('2020-01-01T08:00:00Z'), '<', nineAm)).toBe(false);
    expect(compareByDay(at('2019-12-31T23:59:59Z'), '<', nineAm)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { readSnoozeTime } from './snooze-time.js';

describe('readSnoozeTime', () => {
  it.each([
    ['2026-12-24T09:00:00+01:00', 1798099200],
    ['2026-12-24T08:00:00Z', 1798099200],
    ['2026-12-24T08:00Z', 1798099200],
    ['2026-12-24T03:30:00.250-04:30', 1798099200],
    ['1798099200', 1798099200],
    [' 1798099200 ', 1798099200],
  ])('reads %s as Unix seconds', (text, seconds) => {
    expect(readSnoozeTime(text)).toEqual({ ok: true, seconds });
  });

  it.each([
    ['2026-12-24T09:00:00', /Add the time zone offset/],
    ['2026-12-24', /Add the time zone offset/],
    ['next tuesday', /"next tuesday" is not a time/],
    ['2026-02-30T09:00:00Z', /not a date that exists/],
    ['2026-12-24T24:00:00Z', /not a date that exists/],
    ['1798099200000', /looks like milliseconds/],
    ['-5', /is not a time/],
  ])('refuses %s and says what to write', (text, message) => {
    const read = readSnoozeTime(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });
});

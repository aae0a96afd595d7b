import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { findSilentChanges } from './json-exactness.js';

const changes = (text: string) => {
  const root = parseTree(text);
  if (!root) throw new Error(`not JSON: ${text}`);
  return findSilentChanges(root, text).map(({ code, path, start }) => ({ code, path, start }));
};

describe('findSilentChanges', () => {
  it('leaves numbers a double holds as written, however they are written', () => {
    expect(changes('{"a": 1.0, "b": 100, "c": 1e2, "d": 0.1, "e": -0, "f": 9007199254740991, "g": 1.5e-7, "h": [0.30000000000000004]}')).toEqual([]);
  });

  it('finds numbers that would become null or lose digits, where they are', () => {
    expect(changes('{"a": 1e400, "b": [12345678901234567890], "c": -1e-400, "d": 0.1000000000000000055511151231257827}')).toEqual([
      { code: 'inexact_number', path: ['a'], start: 6 },
      { code: 'inexact_number', path: ['b', 0], start: 19 },
      { code: 'inexact_number', path: ['c'], start: 47 },
      { code: 'inexact_number', path: ['d'], start: 61 },
    ]);
  });

  it('finds a key given twice in one object, at its second place, at any depth', () => {
    expect(changes('{"plan": "a", "x": {"n": 1, "n": 2}, "plan": "b"}')).toEqual([
      { code: 'duplicate_key', path: ['x', 'n'], start: 28 },
      { code: 'duplicate_key', path: ['plan'], start: 37 },
    ]);
  });
});

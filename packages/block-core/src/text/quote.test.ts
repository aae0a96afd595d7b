import { describe, expect, it } from 'vitest';
import { clipText, MAX_QUOTED_LENGTH, quoteValue } from './quote.js';

describe('clipText', () => {
  it('keeps short text and clips long text with an ellipsis, never splitting a surrogate pair', () => {
    expect(clipText('abc', 3)).toBe('abc');
    expect(clipText('abcdef', 4)).toBe('abc…');
    expect(clipText('ab😀cd', 4)).toBe('ab…');
  });
});

describe('quoteValue', () => {
  it('quotes text as JSON and says how long a clipped one was', () => {
    expect(quoteValue('user')).toBe('"user"');
    expect(quoteValue('a\u0000b')).toBe('"a\\u0000b"');
    const quoted = quoteValue('x'.repeat(1_000_000));
    expect(quoted).toBe(`"${'x'.repeat(MAX_QUOTED_LENGTH - 1)}…" (1000000 characters)`);
  });

  it('writes other values as JSON, clipped', () => {
    expect(quoteValue(42)).toBe('42');
    expect(quoteValue(Number.NaN)).toBe('NaN');
    expect(quoteValue({ a: 1 })).toBe('{"a":1}');
    expect(quoteValue(undefined)).toBe('undefined');
    expect(quoteValue(Array.from({ length: 1000 }, () => 1)).length).toBe(MAX_QUOTED_LENGTH);
  });
});

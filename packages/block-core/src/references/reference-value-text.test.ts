import { describe, expect, it } from 'vitest';
import { valueAsJson, valueAsText } from './reference-value-text.js';

describe('valueAsText', () => {
  it('writes strings as they are, numbers and booleans as text, objects and lists as compact JSON', () => {
    expect(valueAsText('a b')).toEqual({ ok: true, text: 'a b' });
    expect(valueAsText(4.5)).toEqual({ ok: true, text: '4.5' });
    expect(valueAsText(false)).toEqual({ ok: true, text: 'false' });
    expect(valueAsText({ a: [1, 'x'] })).toEqual({ ok: true, text: '{"a":[1,"x"]}' });
    expect(valueAsText(new Date(0))).toEqual({ ok: true, text: '1970-01-01T00:00:00.000Z' });
  });

  it('refuses null, undefined and values that are not data', () => {
    expect(valueAsText(null).ok).toBe(false);
    expect(valueAsText(undefined).ok).toBe(false);
    expect(valueAsText(() => 1).ok).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(valueAsText(cyclic).ok).toBe(false);
  });
});

describe('valueAsJson', () => {
  it('keeps the JSON type of the value', () => {
    expect(valueAsJson(42)).toEqual({ ok: true, text: '42' });
    expect(valueAsJson(null)).toEqual({ ok: true, text: 'null' });
    expect(valueAsJson('say "hi"\n')).toEqual({ ok: true, text: '"say \\"hi\\"\\n"' });
    expect(valueAsJson(undefined).ok).toBe(false);
    expect(valueAsJson(10n).ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { findJsonStringsWithAngles } from './json-strings.js';

describe('findJsonStringsWithAngles', () => {
  it('finds value and key strings that contain <, with their places in the text', () => {
    const text = '{\n  "<T.k>": "Hi <T.name>",\n  "plain": "text"\n}';
    const found = findJsonStringsWithAngles(text);
    expect(found.map((s) => [s.value, s.isKey, text.slice(s.start, s.end)])).toEqual([
      ['<T.k>', true, '"<T.k>"'],
      ['Hi <T.name>', false, '"Hi <T.name>"'],
    ]);
  });

  it('maps decoded characters back through escapes', () => {
    const text = String.raw`{"a": "\"x\" \u003cT.y>"}`;
    const [literal] = findJsonStringsWithAngles(text);
    expect(literal?.value).toBe('"x" <T.y>');
    const refStart = literal?.value.indexOf('<') ?? -1;
    expect(text.slice(literal?.offsets[refStart], literal?.offsets[literal.value.length])).toBe(String.raw`\u003cT.y>`);
  });

  it('still finds strings in JSON that does not parse, including an unterminated one', () => {
    const found = findJsonStringsWithAngles('{"a": "<T.x>" "b": [<T.bare>, "<T.open');
    expect(found.map((s) => s.value)).toEqual(['<T.x>', '<T.open']);
  });

  it('ignores text outside strings and strings without <', () => {
    expect(findJsonStringsWithAngles('{"a": 1 < 2, "b": "x"}')).toEqual([]);
    expect(findJsonStringsWithAngles('')).toEqual([]);
  });
});

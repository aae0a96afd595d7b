import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonStringsWithAngles, quickStringsWithAngles, scanStringsWithAngles } from './json-strings.js';

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

describe('the regex reading of strings', () => {
  const texts = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value, null, 2)),
    fc.array(fc.constantFrom('{', '}', '"', '\\', '\\u003c', '\\"', '<', '<Trigger.a>', ':', ' ', '\n', '/', '//', '/*', 'x', ',', '"k": ', '"<S.x>"'), { maxLength: 30 }).map((parts) => parts.join('')),
  );

  it("finds what jsonc-parser's scanner finds, or leaves the text to it", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const quick = quickStringsWithAngles(text);
        if (quick !== undefined) expect(quick).toEqual(scanStringsWithAngles(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a whole valid body, keys and escapes included, and leaves comments to the scanner', () => {
    const text = '{\n  "<Key.k>"  :\t"a \\u003cT.x> b",\n  "v": ["<S.y>", 1]\n}';
    expect(quickStringsWithAngles(text)).toEqual(scanStringsWithAngles(text));
    expect(quickStringsWithAngles(text)?.map((literal) => [literal.value, literal.isKey])).toEqual([
      ['<Key.k>', true],
      ['a <T.x> b', false],
      ['<S.y>', false],
    ]);
    expect(quickStringsWithAngles('{"a": "<T.x>"} // note')).toBeUndefined();
    expect(quickStringsWithAngles('{"a": "<T.x>')).toBeUndefined();
  });
});

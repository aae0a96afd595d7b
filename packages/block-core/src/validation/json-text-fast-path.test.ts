import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanStringsWithAngles } from '../references/json-strings.js';
import { parseJsonText, parseWithPositions } from './json-text.js';

/** JSON text written token by token, with what the fast path must notice: keys given twice, numbers a double changes. */
const key = fc.constantFrom('"a"', '"b"', '"a:b"', '"<K.k>"', '"10:00"', '"1"', '"__proto__"', '"x\\u003aa"');
const number = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => JSON.stringify(value)),
  fc.constantFrom('1e400', '-1e400', '1e-400', '1E2', '2.5e3', '12345678901234567890', '0.30000000000000001', '9007199254740993'),
  fc.constantFrom('1234567890123456', '123456789012345', '1.50', '-0', '0.000000000000001', '100000000000000000000', '0.1', '-12.25'),
);
const string = fc.constantFrom('"x"', '"a:b"', '": 1e400"', '"10:12345678901234567890"', '"<Trigger.x>"', '"x <S.y> z"', '"\\u003cT.z>"', '"\\"q\\": 1"', '"1e5"', '"http://x"', '""');
const space = fc.constantFrom('', ' ', '\n  ', '\t');
const { value } = fc.letrec<{ value: string; list: string; object: string }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, number, string, fc.constantFrom('true', 'false', 'null'), tie('list'), tie('object')),
  list: fc.tuple(fc.array(tie('value'), { maxLength: 4 }), space).map(([items, gap]) => `[${gap}${items.join(`,${gap}`)}${gap}]`),
  object: fc
    .tuple(fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }), space)
    .map(([entries, gap]) => `{${gap}${entries.map(([name, item]) => `${name}:${gap}${item}`).join(`,${gap}`)}${gap}}`),
}));
const texts = fc.oneof(value, fc.jsonValue({ maxDepth: 4 }).map((parsed) => JSON.stringify(parsed, null, 2)));

describe("parseJsonText's fast path", () => {
  it('agrees with the full parse on the value and on every silent change, and finds the same strings with <', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const fast = parseJsonText(text);
        const full = parseWithPositions(text);
        expect(fast.ok).toBe(full.ok);
        if (!fast.ok || !full.ok) return;
        expect(fast.document.value).toEqual(full.document.value);
        expect(fast.document.silentChanges()).toEqual(full.document.silentChanges());
        const strings = fast.document.stringsWithAngles;
        // Each string holding a < at least once (a repeated one may be given once).
        const distinct = (list: readonly string[]) => [...new Set(list)].sort();
        if (strings) expect(distinct(strings)).toEqual(distinct(scanStringsWithAngles(text).map((literal) => literal.value)));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a key given twice', '{"a": 1, "a": 2}'],
    ['a key given twice, a colon in a string', '{"a": "x:y", "a": "z"}'],
    ['a key given twice inside a list', '[{"b": {"a": 1, "a": 1}}]'],
    ['a number too large', '{"a": 1e400}'],
    ['a number with more digits than a double keeps', '{"a": 12345678901234567890}'],
    ['a fraction a double rounds', '{"a": 0.30000000000000001}'],
    ['a rounded number in a list', '{"a": [1, 12345678901234567890]}'],
    ['a rounded number alone', '12345678901234567890'],
    ['a key given twice, written with an escape', '{"a": 1, "\\u0061": 2}'],
  ])('leaves %s to the full parse, which reports it', (_, text) => {
    const fast = parseJsonText(text);
    const codes = fast.ok ? fast.document.silentChanges().map((change) => change.code) : [];
    expect(codes.some((code) => code === 'duplicate_key' || code === 'inexact_number')).toBe(true);
  });

  it('finds a key holding a < even when an escaped < in a string makes up the count', () => {
    const parsed = parseJsonText('{"<K.k>": "\\u003cT.z>", "a": "<S.y>"}');
    expect(parsed.ok && [...(parsed.document.stringsWithAngles ?? [])].sort()).toEqual(['<K.k>', '<S.y>', '<T.z>']);
  });

  it('gives a repeated reference once, and finds every one of many different ones, keys included', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ field: 'email', operator: '=', value: `<Trigger.v${i % 20}>`, [`<K.k${i % 3}>`]: i % 2 ? '<Trigger.v1>' : 'x' }));
    const text = JSON.stringify({ query: { operator: 'OR', value: many } }, null, 2);
    const parsed = parseJsonText(text);
    const strings = parsed.ok ? parsed.document.stringsWithAngles ?? [] : [];
    expect([...new Set(strings)].sort()).toEqual([...new Set(scanStringsWithAngles(text).map((literal) => literal.value))].sort());
    expect(strings.length).toBeLessThan(scanStringsWithAngles(text).length);
  });

  it('takes the fast path (strings known from the parse) for common text, colons and exact numbers included', () => {
    const text = JSON.stringify({ query: { field: 'custom_attributes.time', operator: '=', value: '10:30 <Trigger.at>' }, pagination: { per_page: 50 }, n: [1.5, -2] }, null, 2);
    const parsed = parseJsonText(text);
    expect(parsed.ok && parsed.document.stringsWithAngles).toEqual(['10:30 <Trigger.at>']);
  });
});

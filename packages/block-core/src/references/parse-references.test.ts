import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSingleReference, parseReferences } from './parse-references.js';

const raws = (text: string) => parseReferences(text).map((t) => t.raw);

describe('parseReferences', () => {
  it('finds a reference with its step, path and offsets', () => {
    expect(parseReferences('Hi <Trigger.name>!')).toEqual([
      { raw: '<Trigger.name>', step: 'Trigger', path: ['name'], start: 3, end: 17 },
    ]);
  });

  it('reads nested names and list indexes', () => {
    const [token] = parseReferences('<Classify.labels[0].name> and <A.b[12][3]>');
    expect(token?.path).toEqual(['labels', 0, 'name']);
    expect(parseReferences('<A.b[12][3]>')[0]?.path).toEqual(['b', 12, 3]);
    expect(raws('<Classify.labels[0].name> and <A.b[12][3]>')).toEqual(['<Classify.labels[0].name>', '<A.b[12][3]>']);
  });

  it('finds several references next to each other', () => {
    expect(raws('<A.x><B.y>text<C_1._z>')).toEqual(['<A.x>', '<B.y>', '<C_1._z>']);
  });

  it.each([
    'a < b',
    'a < b > c',
    '<john@x.com>',
    '<Trigger>',
    '<1Step.x>',
    '<Step.>',
    '<Step..x>',
    '<Step.1x>',
    '<Step.x[]>',
    '<Step.x[a]>',
    '<Step.x[1>',
    '<Step[0].x>',
    '<Step.x >',
    '< Step.x>',
    '<Step.x',
    'Step.x>',
    '<Step-x.y>',
    '<Step.x-y>',
    '<>',
    '<<>>',
    '',
  ])('treats %j as plain text', (text) => {
    expect(parseReferences(text)).toEqual([]);
  });

  it('finds the valid reference inside unbalanced brackets', () => {
    expect(parseReferences('<<Trigger.email>')).toEqual([
      { raw: '<Trigger.email>', step: 'Trigger', path: ['email'], start: 1, end: 16 },
    ]);
    expect(raws('<Trigger.email>>')).toEqual(['<Trigger.email>']);
    expect(raws('<a<Trigger.email> < <b.c')).toEqual(['<Trigger.email>']);
  });

  it('keeps offsets that slice back to raw', () => {
    fc.assert(
      fc.property(textWithReferences, (text) => {
        for (const token of parseReferences(text)) {
          expect(text.slice(token.start, token.end)).toBe(token.raw);
          expect(token.raw).toMatch(/^<[A-Za-z_]\w*(\.[A-Za-z_]\w*)(\.[A-Za-z_]\w*|\[\d+\])*>$/);
        }
      }),
    );
  });

  it('agrees with a regular expression of the grammar', () => {
    const grammar = /<[A-Za-z_]\w*\.[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*>/g;
    fc.assert(
      fc.property(textWithReferences, (text) => {
        expect(raws(text)).toEqual(text.match(grammar) ?? []);
      }),
    );
  });

  it('finds no reference in text without a valid one', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '.', '[', ']', ' ', '@', '1', '-') }), (text) => {
        expect(parseReferences(text)).toEqual([]);
      }),
    );
  });

  it('stays fast on many stray brackets', () => {
    const text = '<a.b'.repeat(50_000);
    const started = performance.now();
    expect(parseReferences(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('isSingleReference', () => {
  it('is true only when the whole text is one reference', () => {
    expect(isSingleReference('<Trigger.age>')).toBe(true);
    expect(isSingleReference(' <Trigger.age>')).toBe(false);
    expect(isSingleReference('<Trigger.age> ')).toBe(false);
    expect(isSingleReference('<Trigger.age><Trigger.age>')).toBe(false);
    expect(isSingleReference('<Trigger>')).toBe(false);
  });
});

/** Text mixing reference-like pieces, stray brackets and words. */
const textWithReferences = fc
  .array(
    fc.oneof(
      fc.constantFrom('<', '>', '.', '[0]', '[', ']', ' ', 'a < b', '<john@x.com>', '<Trigger>', '<<', '\n'),
      fc.constantFrom('<Trigger.email>', '<Classify.labels[0].name>', '<A.b>', 'Trigger', '.email', 'x1'),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

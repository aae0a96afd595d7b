import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UpstreamStep } from '../types.js';
import { checkReferencePath } from './check-reference-path.js';
import type { PathSegment } from './reference-grammar.js';
import { shapeTreeOf } from './shape-tree.js';
import { inSample, validateReferences } from './validate-references.js';

const name = fc.constantFrom('a', 'b', '0', 'items', 'constructor', '__proto__');
const path = fc.array(fc.oneof(name, fc.nat({ max: 2 })), { minLength: 1, maxLength: 4 }) as fc.Arbitrary<PathSegment[]>;
const sample = fc.dictionary(name, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }) as fc.Arbitrary<Record<string, unknown>>;

describe('inSample, the quick yes of a reference check', () => {
  it('says yes only where the shape tree built from the sample finds the path', () => {
    fc.assert(
      fc.property(sample, path, (outputs, segments) => {
        if (inSample(outputs, segments)) expect(checkReferencePath('Step', shapeTreeOf({ name: 'Step', outputs }), segments)).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('follows names through objects only', () => {
    const outputs = { contact: { email: 'a@b.c', tags: null }, list: [{ id: 1 }], byIndex: { '0': 'x' } };
    expect(inSample(outputs, ['contact', 'email'])).toBe(true);
    expect(inSample(outputs, ['contact', 'tags'])).toBe(true);
    expect(inSample(outputs, ['contact', 'emial'])).toBe(false);
    expect(inSample(outputs, ['list', 0, 'id'])).toBe(false);
    expect(inSample(outputs, ['byIndex', 0])).toBe(false);
    expect(inSample(outputs, ['contact', 'email', 'length'])).toBe(false);
    expect(inSample(undefined, ['contact'])).toBe(false);
  });
});

describe('validateReferences with the strings of a parsed JSON text', () => {
  const upstream: UpstreamStep[] = [
    { name: 'Trigger', outputs: { contact: { email: 'a@b.c' }, byIndex: { '0': 'x' } } },
    // A declared shape wins over the sample: a quick yes from the sample would hide this one's problems.
    { name: 'Mixed', outputs: { a: { b: 1 } }, shape: { type: 'object', properties: { a: { type: 'string' } } } },
  ];
  const search = (value: string) => ({ resource: 'contact', operation: 'search', queryJson: JSON.stringify({ query: { field: 'email', operator: '=', value } }) });
  const strings = (text: string) => [...text.matchAll(/"([^"]*<[^"]*)"/g)].map((match) => match[1] ?? '');

  it.each(['<Trigger.contact.email>', '<Trigger.contact.emial>', '<Trigger.byIndex[0]>', '<Mixed.a.b>', '<Nobody.x>', 'a < b'])(
    'reports what the text scan reports: %s',
    (value) => {
      const config = search(value);
      expect(validateReferences(config, upstream, { jsonStringsWithAngles: strings })).toEqual(validateReferences(config, upstream));
    },
  );

  it('still says where a problem is, and what it is', () => {
    expect(validateReferences(search('<Mixed.a.b>'), upstream, { jsonStringsWithAngles: strings })).toEqual([
      expect.objectContaining({ field: 'queryJson', code: 'unknown_field', column: 51, endColumn: 62 }),
    ]);
    expect(validateReferences(search('<Trigger.byIndex[0]>'), upstream, { jsonStringsWithAngles: strings })).toEqual([
      expect.objectContaining({ field: 'queryJson', code: 'unknown_field' }),
    ]);
  });
});

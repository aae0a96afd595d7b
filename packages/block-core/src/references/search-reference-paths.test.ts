import { describe, expect, it } from 'vitest';
import type { ReferencePath } from './reference-paths.js';
import { listReferencePaths } from './reference-paths.js';
import { searchReferencePaths } from './search-reference-paths.js';

const paths = listReferencePaths([
  {
    name: 'Trigger',
    outputs: { email_domain: 'x.com', contact: { email: 'a@b.c', name: 'Ann' }, message: 'Hi', conversation_id: '1' },
  },
  { name: 'Classify', outputs: { labels: [{ name: 'vip', email_hint: 'no' }] } },
]);
const references = (query: string, limit?: number) => searchReferencePaths(paths, query, limit).map((p) => p.reference);

describe('searchReferencePaths', () => {
  it('finds paths by letters in order across the whole Step.path', () => {
    expect(references('emai')).toContain('<Trigger.contact.email>');
    expect(references('tcem')).toEqual(['<Trigger.contact.email>']);
    expect(references('zzz')).toEqual([]);
  });

  it('ranks exact, whole-segment, prefix and segment-start matches before scattered letters, shorter first', () => {
    expect(references('email')).toEqual([
      '<Trigger.contact.email>',
      '<Trigger.email_domain>',
      '<Classify.labels[0].email_hint>',
    ]);
    expect(references('Trigger.message')[0]).toBe('<Trigger.message>');
    expect(references('contact.em')[0]).toBe('<Trigger.contact.email>');
    expect(references('name')).toEqual(['<Trigger.contact.name>', '<Classify.labels[0].name>']);
  });

  it('ignores case, spaces and the angle brackets of a typed reference', () => {
    expect(references('<CLASSIFY.labels')[0]).toBe('<Classify.labels>');
    expect(references('contact email')[0]).toBe('<Trigger.contact.email>');
  });

  it('returns at most limit paths, and the first paths for an empty query', () => {
    expect(references('e', 2)).toHaveLength(2);
    expect(references('', 3)).toEqual(paths.slice(0, 3).map((p) => p.reference));
    expect(references('e', 0)).toEqual([]);
  });

  it('notices when the same list gets more paths', () => {
    const list: ReferencePath[] = paths.slice(0, 1);
    expect(searchReferencePaths(list, 'message')).toEqual([]);
    list.push(...paths.slice(1));
    expect(searchReferencePaths(list, 'message').map((p) => p.path)).toEqual(['message']);
  });

  it('searches 10,000 paths in a few milliseconds per query', () => {
    const outputs: Record<string, unknown> = {};
    for (let i = 0; i < 2000; i++) outputs[`field_${i}`] = { email: 'a@b.c', name: 'n', id: i, tags: ['x'] };
    const many = listReferencePaths([{ name: 'Big', outputs }]);
    expect(many.length).toBeGreaterThanOrEqual(10_000);
    const queries = ['emai', 'field_19', 'big.f1.tags', 'zzzz', 'id', 'f9n', 'name', 'tags[0]'];
    searchReferencePaths(many, 'warm up');
    const started = performance.now();
    const rounds = 10;
    for (let round = 0; round < rounds; round++) for (const query of queries) searchReferencePaths(many, query, 50);
    const perQuery = (performance.now() - started) / (rounds * queries.length);
    // A few ms on a quiet machine; the bound leaves room for a busy shared CI runner.
    expect(perQuery).toBeLessThan(25);
    expect(searchReferencePaths(many, 'field_19.email')[0]?.path).toBe('field_19.email');
  });
});

describe('searchReferencePaths while a query is typed', () => {
  it('finds the same paths, in the same order, as a fresh search at every keystroke and after deleting', () => {
    const outputs: Record<string, unknown> = {};
    for (let i = 0; i < 300; i++) outputs[`item_${i}`] = { email: `e${i}@x.io`, name: 'n', amount: i, plan: ['pro'] };
    const many = listReferencePaths([{ name: 'Trigger', outputs }, { name: 'Lookup', outputs: { contact: { email: 'a', phone: 'b' } } }]);
    const typed = ['e', 'em', 'ema', 'emai', 'email', 'emai', 'em', 'emp', 'i', 'it', 'item_1', 'item_1.', 'item_1.p', 'lookup.c', 'lookup.contact.ph', 'zz', 'zza'];
    for (const query of typed) {
      const fresh = [...many];
      expect(searchReferencePaths(many, query, 51)).toEqual(searchReferencePaths(fresh, query, 51));
    }
  });
});

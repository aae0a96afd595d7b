import { describe, expect, it } from 'vitest';
import { IntercomApiError } from '../http/errors.js';
import { compareKeys, encodeCursor, paginate, parsePerPage, type SortKey } from './cursor-pagination.js';

const items = Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, name: i % 2 === 0 ? `Zoë ${i}` : null }));
const keyOf = (item: (typeof items)[number]): SortKey => [item.name, item.id];
const compare = (a: SortKey, b: SortKey) => compareKeys(a, b);
const sorted = [...items].sort((a, b) => compare(keyOf(a), keyOf(b)));

describe('paginate', () => {
  it('cuts pages and links them with next until the last page', () => {
    const first = paginate(sorted, { perPage: 3, keyOf, compare });
    expect(first.items).toHaveLength(3);
    expect(first.pages).toMatchObject({ type: 'pages', page: 1, per_page: 3, total_pages: 3, next: { per_page: 3 } });
    const second = paginate(sorted, { perPage: 3, startingAfter: first.pages.next?.starting_after, keyOf, compare });
    const third = paginate(sorted, { perPage: 3, startingAfter: second.pages.next?.starting_after, keyOf, compare });
    expect(third.pages.page).toBe(3);
    expect(third.pages.next).toBeUndefined();
    expect([...first.items, ...second.items, ...third.items]).toEqual(sorted);
  });

  it('carries keys with non-ASCII text and nulls in the cursor', () => {
    const cursor = encodeCursor(1, ['Zoë', null, 3]);
    expect(() => paginate(sorted, { perPage: 3, startingAfter: cursor, keyOf, compare })).not.toThrow();
  });

  it('rejects a cursor it did not make', () => {
    for (const cursor of ['%%%', btoa('{"page":1}'), btoa('[0,"x"]'), btoa('[1,{"a":1}]')]) {
      expect(() => paginate(sorted, { perPage: 3, startingAfter: cursor, keyOf, compare })).toThrow(IntercomApiError);
    }
  });
});

describe('compareKeys', () => {
  it('orders numbers numerically, strings case-insensitively, nulls last in both directions', () => {
    expect(compareKeys([2], [10])).toBeLessThan(0);
    expect(compareKeys(['apple'], ['Banana'])).toBeLessThan(0);
    expect(compareKeys([null], ['a'])).toBeGreaterThan(0);
    expect(compareKeys([null], ['a'], [true])).toBeGreaterThan(0);
    expect(compareKeys([1, 'a'], [1, 'b'], [true, false])).toBeLessThan(0);
    expect(compareKeys([1], [2], [true])).toBeGreaterThan(0);
  });
});

describe('parsePerPage', () => {
  it('reads 1 to 150 from text or numbers, with a default', () => {
    expect(parsePerPage(undefined, 50)).toBe(50);
    expect(parsePerPage('150', 50)).toBe(150);
    expect(parsePerPage(1, 50)).toBe(1);
    for (const bad of ['0', 151, '1.5', 'x', true]) expect(() => parsePerPage(bad, 50)).toThrow('per_page must be an integer between 1 and 150');
  });
});

import { describe, expect, it } from 'vitest';
import { describeFetched } from './fetched-summary.js';

const contacts = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}` }));

describe('describeFetched', () => {
  it('counts the items of a Fetch every page run by its items output', () => {
    expect(describeFetched({ resource: 'contact', operation: 'list', fetchAll: 'yes' }, { success: true, contacts: contacts(1234), pages: { type: 'pages' } })).toBe(
      'Fetched 1,234 contacts: every page.',
    );
    expect(describeFetched({ resource: 'conversation', operation: 'search', fetchAll: 'yes' }, { success: true, results: contacts(1), pages: null })).toBe('Fetched 1 result: every page.');
  });

  it('says when Max results stopped it with more to come', () => {
    const outputs = { success: true, contacts: contacts(7), pages: { next: { starting_after: 'abc' } } };
    expect(describeFetched({ resource: 'contact', operation: 'list', fetchAll: 'yes', maxResults: 7 }, outputs)).toBe('Fetched 7 contacts: Max results reached, more remain in Intercom.');
  });

  it('says nothing of a one-page run, a failed run or an operation without pages', () => {
    expect(describeFetched({ resource: 'contact', operation: 'list', fetchAll: 'no' }, { success: true, contacts: contacts(3) })).toBeUndefined();
    expect(describeFetched({ resource: 'contact', operation: 'list', fetchAll: 'yes' }, { success: false, error: 'x' })).toBeUndefined();
    expect(describeFetched({ resource: 'admin', operation: 'list', fetchAll: 'yes' }, { success: true, admins: [] })).toBeUndefined();
  });
});

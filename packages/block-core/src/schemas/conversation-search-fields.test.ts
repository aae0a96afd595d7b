import { findSpecOperation, loadIntercomSpec } from '@workflow-blocks/test-support';
import { describe, expect, it } from 'vitest';
import { searchableConversationFields } from './conversation-search-fields.js';
import type { SearchFieldType } from './search-fields.js';

/** The "Accepted Fields" table of searchConversations' description: `| name | Type |` rows. */
function specTable(): { name: string; type: string }[] {
  const { operation } = findSpecOperation(loadIntercomSpec(), 'searchConversations');
  const description = String(operation.description);
  const table = description.slice(description.indexOf('### Accepted Fields'), description.indexOf('### Accepted Operators'));
  return [...table.matchAll(/^\|\s*([a-z_.]+)\s*\|\s*(String|Integer|Boolean|Date)/gm)].map((m) => ({ name: m[1] ?? '', type: m[2] ?? '' }));
}

const specType: Record<SearchFieldType, string> = { string: 'String', list: 'String', integer: 'Integer', boolean: 'Boolean', date: 'Date', tag: 'String' };

describe('searchable conversation fields', () => {
  it('are exactly the fields of the 2.16 SearchConversations table, with its types', () => {
    const table = specTable();
    expect(table.length).toBeGreaterThan(50);
    expect(searchableConversationFields.map((entry) => ({ name: entry.field, type: specType[entry.type] }))).toEqual(table);
  });

  it('describe every field, and say that 0 is assigned to nobody', () => {
    for (const entry of searchableConversationFields) expect(entry.description.length).toBeGreaterThan(10);
    const admin = searchableConversationFields.find((entry) => entry.field === 'admin_assignee_id');
    expect(admin).toMatchObject({ type: 'integer', description: expect.stringContaining('0 means assigned to no admin') as string });
  });
});

import { findSpecOperation, loadIntercomSpec } from '@workflow-blocks/test-support';
import { describe, expect, it } from 'vitest';
import type { SearchFieldType } from './search-fields.js';
import { searchableTicketFields } from './ticket-search-fields.js';

/** The "Accepted Fields" table of searchTickets' description: `| name | Type |` rows (ticket_attribute.{id} aside). */
function specTable(): { name: string; type: string }[] {
  const { operation } = findSpecOperation(loadIntercomSpec(), 'searchTickets');
  const description = String(operation.description);
  const table = description.slice(description.indexOf('### Accepted Fields'), description.indexOf('### Accepted Operators'));
  return [...table.matchAll(/^\|\s*([a-z_.]+)\s*\|\s*(String|Integer|Boolean|Date)/gm)].map((m) => ({ name: m[1] ?? '', type: m[2] ?? '' }));
}

const specType: Record<SearchFieldType, string> = { string: 'String', list: 'String', integer: 'Integer', boolean: 'Boolean', date: 'Date', tag: 'String' };

describe('searchable ticket fields', () => {
  it('are exactly the standard fields of the 2.16 SearchTickets table, with its types', () => {
    const table = specTable();
    expect(table.map((row) => row.name)).toContain('title');
    expect(searchableTicketFields.map((entry) => ({ name: entry.field, type: specType[entry.type] }))).toEqual(table);
  });

  it('keep assignee ids as text (they are integers in conversation search)', () => {
    for (const name of ['admin_assignee_id', 'team_assignee_id']) expect(searchableTicketFields.find((entry) => entry.field === name)?.type).toBe('string');
  });
});

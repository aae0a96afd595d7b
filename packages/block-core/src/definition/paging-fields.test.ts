import { describe, expect, it } from 'vitest';
import { intercomOperations } from '../operations/index.js';
import { intercomFields } from './fields.js';
import type { OperationDefinition } from './operation-types.js';
import { fetchAllPaging, fieldUsesOf } from './paging-fields.js';
import { findOperation, visibleFields } from './visibility.js';

const shown = (config: Record<string, unknown> & { resource: string; operation: string }) => visibleFields(config).map((field) => field.name);

describe('Fetch every page, from the operation table', () => {
  it('is offered by every operation that declares paging, and by no other', () => {
    for (const op of intercomOperations) {
      const names = shown({ resource: op.resource, operation: op.operation });
      expect(names.includes('fetchAll'), op.key).toBe(op.paging !== undefined);
    }
    expect(intercomOperations.filter((op) => op.paging !== undefined).map((op) => op.key)).toEqual(
      expect.arrayContaining(['contact.list', 'contact.search', 'conversation.list', 'conversation.search']),
    );
    expect(shown({ resource: 'admin', operation: 'list' })).not.toContain('fetchAll');
  });

  it('shows Max results only while Fetch every page is yes, after it', () => {
    expect(shown({ resource: 'contact', operation: 'list' })).toEqual(['resource', 'operation', 'perPage', 'startingAfter', 'fetchAll']);
    expect(shown({ resource: 'contact', operation: 'list', fetchAll: 'no' })).not.toContain('maxResults');
    expect(shown({ resource: 'contact', operation: 'list', fetchAll: 'yes' })).toEqual(['resource', 'operation', 'perPage', 'startingAfter', 'fetchAll', 'maxResults']);
    expect(shown({ resource: 'conversation', operation: 'search', fetchAll: 'yes' })).toEqual(['resource', 'operation', 'queryJson', 'fetchAll', 'maxResults']);
  });

  it('defaults to no and 1,000 results, at most 10,000', () => {
    const fields = visibleFields({ resource: 'contact', operation: 'search', fetchAll: 'yes' });
    expect(fields.find((field) => field.name === 'fetchAll')).toMatchObject({ default: 'no', required: false });
    expect(fields.find((field) => field.name === 'maxResults')).toMatchObject({ default: 1000, required: false });
    expect(intercomFields.maxResults).toMatchObject({ min: 1, max: 10_000 });
    expect(intercomFields.fetchAll.options?.map((option) => option.value)).toEqual(['no', 'yes']);
  });

  it('comes with any operation that sets paging, with no other edit', () => {
    const later: Pick<OperationDefinition, 'fields' | 'paging'> = { fields: [{ field: 'queryJson', required: true }], paging: { cursor: 'body', items: 'tickets' } };
    expect(fieldUsesOf(later, { fetchAll: 'yes' }).map((use) => use.field)).toEqual(['queryJson', 'fetchAll', 'maxResults']);
    expect(fieldUsesOf(later).map((use) => use.field)).toEqual(['queryJson', 'fetchAll', 'maxResults']);
    expect(fieldUsesOf({ fields: later.fields }, { fetchAll: 'yes' }).map((use) => use.field)).toEqual(['queryJson']);
  });

  it("answers the operation's paging only when the config fetches every page", () => {
    const list = findOperation('contact', 'list');
    expect(fetchAllPaging({ fetchAll: 'yes' }, list)).toEqual({ cursor: 'query', items: 'contacts' });
    expect(fetchAllPaging({ fetchAll: 'no' }, list)).toBeUndefined();
    expect(fetchAllPaging({}, list)).toBeUndefined();
    expect(fetchAllPaging({ fetchAll: 'yes' }, findOperation('contact', 'search'))).toEqual({ cursor: 'body', items: 'results' });
    expect(fetchAllPaging({ fetchAll: 'yes' }, findOperation('admin', 'list'))).toBeUndefined();
  });
});

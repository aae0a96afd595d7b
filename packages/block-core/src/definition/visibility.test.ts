import { describe, expect, it } from 'vitest';
import { intercomBlock } from './intercom-block.js';
import { fieldOptions, findOperation, operationOptions, visibleFields } from './visibility.js';

const names = (resource: string, operation: string) => visibleFields({ resource, operation }).map((f) => f.name);

describe('visibleFields', () => {
  it('shows only resource and operation until an operation is chosen', () => {
    expect(names('contact', '')).toEqual(['resource', 'operation']);
  });

  it('shows exactly the design table fields for each operation', () => {
    expect(names('contact', 'create')).toEqual(['resource', 'operation', 'role', 'email', 'name', 'phone', 'customAttributesJson']);
    expect(names('contact', 'update')).toEqual(['resource', 'operation', 'contactId', 'role', 'email', 'name', 'phone', 'customAttributesJson']);
    expect(names('contact', 'list')).toEqual(['resource', 'operation', 'perPage', 'startingAfter']);
    expect(names('contact', 'search')).toEqual(['resource', 'operation', 'queryJson']);
    expect(names('conversation', 'reply')).toEqual(['resource', 'operation', 'conversationId', 'message', 'replyType', 'adminId']);
    expect(names('ticket', 'create')).toEqual(['resource', 'operation', 'ticketJson']);
    expect(names('admin', 'list')).toEqual(['resource', 'operation']);
  });

  it('marks the required fields of the chosen operation', () => {
    const required = visibleFields({ resource: 'conversation', operation: 'reply' })
      .filter((f) => f.required)
      .map((f) => f.name);
    expect(required).toEqual(['resource', 'operation', 'conversationId', 'message']);
  });

  it('applies the reference doc defaults, but no role default on update', () => {
    const create = visibleFields({ resource: 'contact', operation: 'create' });
    expect(create.find((f) => f.name === 'role')?.default).toBe('user');
    expect(create.find((f) => f.name === 'resource')?.default).toBe('contact');
    const update = visibleFields({ resource: 'contact', operation: 'update' });
    expect(update.find((f) => f.name === 'role')?.default).toBeUndefined();
    expect(visibleFields({ resource: 'contact', operation: 'list' }).find((f) => f.name === 'perPage')?.default).toBe(50);
  });

  it('leaves the default out of every help text: it depends on the operation, so visibleFields carries it', () => {
    // A help that said "Defaults to User" was wrong under Update and repeated the editor's "Default: User." elsewhere.
    for (const field of Object.values(intercomBlock.fields)) expect(field.help, field.name).not.toMatch(/\bdefault/i);
  });

  it('treats a pair that is not in the table as no operation', () => {
    expect(findOperation('admin', 'create')).toBeUndefined();
    expect(names('admin', 'create')).toEqual(['resource', 'operation']);
  });
});

describe('operation options', () => {
  it('offers each resource only its own operations', () => {
    expect(operationOptions('ticket').map((o) => o.value)).toEqual(['create', 'get']);
    expect(fieldOptions('operation', { resource: 'conversation' }).map((o) => o.value)).toEqual(['get', 'list', 'reply']);
    expect(fieldOptions('role', { resource: 'contact' }).map((o) => o.value)).toEqual(['user', 'lead']);
  });

  it('has one unique key per operation and a field definition for every field an operation uses', () => {
    const keys = intercomBlock.operations.map((op) => op.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const op of intercomBlock.operations) {
      expect(op.key).toBe(`${op.resource}.${op.operation}`);
      for (const use of op.fields) expect(intercomBlock.fields[use.field].name).toBe(use.field);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { intercomOperations } from '../operations/index.js';
import type { OperationKey, OperationsOf, OutputsOf, Resource } from '../types.js';
import { intercomFields } from './fields.js';
import { intercomBlock } from './intercom-block.js';
import { fieldUsesOf } from './paging-fields.js';
import { resourceLabels } from './resources.js';
import { fieldOptions, findOperation, operationOptions, pickerKind, visibleFields } from './visibility.js';

const names = (resource: string, operation: string) => visibleFields({ resource, operation }).map((f) => f.name);

describe('visibleFields', () => {
  it('shows only resource and operation until an operation is chosen', () => {
    expect(names('contact', '')).toEqual(['resource', 'operation']);
  });

  it.each(intercomOperations.map((op) => [op.key, op] as const))('shows exactly the fields %s lists, in its order', (_key, op) => {
    expect(names(op.resource, op.operation)).toEqual(['resource', 'operation', ...fieldUsesOf(op, {}).map((use) => use.field)]);
  });

  it.each(intercomOperations.map((op) => [op.key, op] as const))('marks required, defaults, pickers and schemas as %s says', (_key, op) => {
    const shown = visibleFields(op).slice(2);
    op.fields.forEach((use, index) => {
      const field = shown[index];
      const definition = intercomFields[use.field];
      expect(field?.required).toBe('required' in use && use.required === true);
      const fallback = 'default' in use ? (use.default ?? undefined) : definition.default;
      expect(field?.default).toBe(fallback);
      expect(field?.picker).toEqual(('picker' in use ? use.picker : undefined) ?? definition.picker);
      expect(field?.schema).toBe(('schema' in use ? use.schema : undefined) ?? definition.schema);
      expect(field?.connectedAdmin).toBe(use.field === 'adminId' && 'connectedAdmin' in op ? true : undefined);
    });
  });

  it('always requires resource and operation, with the resource default', () => {
    const [resource, operation] = visibleFields({ resource: 'contact', operation: 'get' });
    expect(resource).toMatchObject({ name: 'resource', required: true, default: intercomFields.resource.default });
    expect(operation).toMatchObject({ name: 'operation', required: true });
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

describe('types derived from the table', () => {
  it('knows only the keys and resources the table has', () => {
    const key: OperationKey = 'conversation.reply';
    const resource: Resource = 'ticket';
    const ticketOperation: OperationsOf<'ticket'> = 'get';
    // @ts-expect-error an operation the table does not have is no OperationKey
    const notAKey: OperationKey = 'contact.merge';
    // @ts-expect-error ticket has no list operation
    const notTicket: OperationsOf<'ticket'> = 'list';
    // @ts-expect-error contact.delete's outputs have no contact
    const notAnOutput: keyof OutputsOf<'contact.delete'> = 'contact';
    const deleted: OutputsOf<'contact.delete'>['deleted'] = true;
    expect([key, resource, ticketOperation, notAKey, notTicket, notAnOutput, deleted]).toHaveLength(7);
  });
});

describe('pickerKind', () => {
  it('gives a fixed kind, or the kind another field chooses (its value, else its default)', () => {
    const byAssignee = { by: 'assigneeType', kinds: { admin: 'admins', team: 'teams' } } as const;
    expect(pickerKind('tags', {})).toBe('tags');
    expect(pickerKind(byAssignee, { assigneeType: 'team' })).toBe('teams');
    expect(pickerKind(byAssignee, {}, { assigneeType: 'admin' })).toBe('admins');
    expect(pickerKind(byAssignee, { assigneeType: 'robot' })).toBeUndefined();
    expect(pickerKind(undefined, {})).toBeUndefined();
  });
});

describe('operation options', () => {
  it("offers the table's resources, each labelled, in the order of their first operation", () => {
    const resources = [...new Set(intercomOperations.map((op) => op.resource))];
    expect(fieldOptions('resource', { resource: '' })).toEqual(resources.map((value) => ({ value, label: resourceLabels[value] })));
  });

  it('offers each resource only its own operations, labelled as the table says', () => {
    for (const { value: resource } of fieldOptions('resource', { resource: '' })) {
      const own = intercomOperations.filter((op) => op.resource === resource);
      expect(operationOptions(resource)).toEqual(own.map((op) => ({ value: op.operation, label: op.label })));
      expect(fieldOptions('operation', { resource })).toEqual(operationOptions(resource));
    }
    expect(fieldOptions('role', { resource: 'contact' })).toBe(intercomFields.role.options);
  });

  it('has one unique key per operation and a field definition for every field an operation uses', () => {
    const keys = intercomBlock.operations.map((op) => op.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const op of intercomBlock.operations) {
      expect(op.key).toBe(`${op.resource}.${op.operation}`);
      for (const use of op.fields) expect(intercomBlock.fields[use.field].name).toBe(use.field);
    }
    for (const [name, definition] of Object.entries(intercomFields)) expect(definition.name).toBe(name);
  });
});

describe("an operation's own label and help", () => {
  const field = (operation: string, name: string) => visibleFields({ resource: 'conversation', operation }).find((f) => f.name === name)?.definition;

  it('names a field for what it is under that operation, and leaves the shared definition alone', () => {
    expect(field('close', 'message')?.label).toBe('Closing note');
    expect(field('close', 'adminId')?.label).toBe('Close as admin');
    expect(field('assign', 'message')?.label).toBe('Assignment note');
    expect(field('close', 'adminId')?.help).toMatch(/to close the conversation as/);
    expect(field('reply', 'adminId')?.label).toBe('Reply as admin');
    expect(field('reply', 'message')?.label).toBe('Message');
    expect(intercomFields.adminId.label).toBe('Reply as admin');
  });

  it('no operation but a reply (to a conversation or a ticket) calls its admin the one who replies', () => {
    for (const operation of intercomOperations) {
      if (operation.operation === 'reply') continue;
      const admin = visibleFields({ resource: operation.resource, operation: operation.operation }).find((f) => f.name === 'adminId');
      expect(admin?.definition.label ?? '', operation.key).not.toBe('Reply as admin');
    }
  });
});

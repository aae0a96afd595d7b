import { describe, expect, it } from 'vitest';
import { intercomOperations } from '../operations/index.js';
import { actingAdminId } from './acting-admin.js';
import { needsConnectedAdmin } from './connected-admin.js';

const reply = { resource: 'conversation', operation: 'reply', conversationId: '1', message: 'Hi' };

describe('the connected admin rule', () => {
  it('needs the connected admin only where the operation uses it and the config names no admin', () => {
    expect(needsConnectedAdmin(reply)).toBe(true);
    expect(needsConnectedAdmin({ ...reply, adminId: ' \t' })).toBe(true);
    expect(needsConnectedAdmin({ ...reply, adminId: '991267' })).toBe(false);
    expect(needsConnectedAdmin({ resource: 'contact', operation: 'get', contactId: '1' })).toBe(false);
    expect(needsConnectedAdmin({ resource: 'nope', operation: 'get' })).toBe(false);
  });

  it("acts as the config's admin, else the connected one, and says so when neither is known", () => {
    expect(actingAdminId({ ...reply, adminId: ' 42 ' }, { adminId: '991267' })).toBe('42');
    expect(actingAdminId({ ...reply, adminId: '  ' }, { adminId: '991267' })).toBe('991267');
    expect(() => actingAdminId({ ...reply, adminId: '  ' }, { adminId: ' ' })).toThrow(/no connected admin is known/);
  });

  it('is declared only by operations that show the adminId field', () => {
    for (const operation of intercomOperations) {
      if (operation.connectedAdmin === true) expect(operation.fields.map((use) => use.field), operation.key).toContain('adminId');
    }
  });
});

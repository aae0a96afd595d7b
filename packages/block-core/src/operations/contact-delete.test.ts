import { describe, expect, it } from 'vitest';
import { contactDelete } from './contact-delete.js';
import { intercomOperations } from './index.js';

describe('contact.delete', () => {
  it('puts the encoded id in the path', () => {
    expect(contactDelete.buildRequest({ resource: 'contact', operation: 'delete', contactId: '../admins' })).toEqual({
      pathParams: { contact_id: '..%2Fadmins' },
    });
  });

  it('outputs whether the contact was deleted', () => {
    expect(contactDelete.mapResponse({ type: 'contact', id: '1', external_id: null, deleted: true })).toEqual({ deleted: true });
    expect(contactDelete.mapResponse({ type: 'contact', id: '1' })).toEqual({ deleted: false });
  });

  it('is marked destructive, as every operation that deletes is, and no read is', () => {
    expect(contactDelete.destructive).toBe(true);
    for (const operation of intercomOperations) {
      if (operation.method === 'DELETE') expect(operation.destructive, operation.key).toBe(true);
      if (!operation.write) expect(operation.destructive, operation.key).toBeFalsy();
    }
  });
});

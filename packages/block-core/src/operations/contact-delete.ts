import type { OperationDefinition } from '../definition/operation-types.js';

export const contactDelete: OperationDefinition = {
  key: 'contact.delete',
  resource: 'contact',
  operation: 'delete',
  label: 'Delete contact',
  description: 'Delete a contact permanently.',
  fields: [{ field: 'contactId', required: true }],
  outputs: ['deleted'],
  method: 'DELETE',
  path: '/contacts/{contact_id}',
  operationId: 'DeleteContact',
  write: true,
};

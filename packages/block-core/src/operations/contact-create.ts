import type { OperationDefinition } from '../definition/operation-types.js';

export const contactCreate: OperationDefinition = {
  key: 'contact.create',
  resource: 'contact',
  operation: 'create',
  label: 'Create contact',
  description: 'Create a user or lead in Intercom.',
  fields: [{ field: 'role' }, { field: 'email' }, { field: 'name' }, { field: 'phone' }, { field: 'customAttributesJson' }],
  outputs: ['contact'],
  method: 'POST',
  path: '/contacts',
  operationId: 'CreateContact',
  write: true,
};

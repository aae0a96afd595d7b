import type { OperationDefinition } from '../definition/operation-types.js';

export const contactGet: OperationDefinition = {
  key: 'contact.get',
  resource: 'contact',
  operation: 'get',
  label: 'Get contact',
  description: 'Fetch one contact by its Intercom ID.',
  fields: [{ field: 'contactId', required: true }],
  outputs: ['contact'],
  method: 'GET',
  path: '/contacts/{contact_id}',
  operationId: 'ShowContact',
  write: false,
};

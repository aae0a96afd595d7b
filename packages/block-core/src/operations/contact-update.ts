import type { OperationDefinition } from '../definition/operation-types.js';

export const contactUpdate: OperationDefinition = {
  key: 'contact.update',
  resource: 'contact',
  operation: 'update',
  label: 'Update contact',
  description: 'Change a contact: only the fields you fill in are sent.',
  fields: [
    { field: 'contactId', required: true },
    // An update must not turn a lead into a user just because the field has a default.
    { field: 'role', default: null },
    { field: 'email' },
    { field: 'name' },
    { field: 'phone' },
    { field: 'customAttributesJson' },
  ],
  outputs: ['contact'],
  method: 'PUT',
  path: '/contacts/{contact_id}',
  operationId: 'UpdateContact',
  write: true,
};

import type { OperationDefinition } from '../definition/operation-types.js';

export const contactList: OperationDefinition = {
  key: 'contact.list',
  resource: 'contact',
  operation: 'list',
  label: 'List contacts',
  description: 'List contacts a page at a time.',
  fields: [{ field: 'perPage' }, { field: 'startingAfter' }],
  outputs: ['contacts', 'pages'],
  method: 'GET',
  path: '/contacts',
  operationId: 'ListContacts',
  write: false,
};

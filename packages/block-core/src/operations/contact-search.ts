import type { OperationDefinition } from '../definition/operation-types.js';

export const contactSearch: OperationDefinition = {
  key: 'contact.search',
  resource: 'contact',
  operation: 'search',
  label: 'Search contacts',
  description: "Search contacts with Intercom's query language.",
  fields: [{ field: 'queryJson', required: true }],
  outputs: ['results', 'pages'],
  method: 'POST',
  path: '/contacts/search',
  operationId: 'SearchContacts',
  write: false,
};

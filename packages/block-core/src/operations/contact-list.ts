import type { OperationDefinition } from '../definition/operation-types.js';
import { pageQuery } from '../requests/config-values.js';
import { responseList, responseObject, responsePages } from '../requests/response-values.js';

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
  // The 2.16 spec does not declare per_page/starting_after here, but the endpoint and its pagination docs use them.
  buildRequest: (config) => ({ query: pageQuery(config) }),
  mapResponse: (body) => {
    const list = responseObject(body, 'a list of contacts', ['list']);
    return { contacts: responseList(list, 'data', 'a list of contacts'), pages: responsePages(list) };
  },
};

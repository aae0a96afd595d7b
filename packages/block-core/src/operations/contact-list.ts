import type { OperationDefinition } from '../definition/operation-types.js';
import { contactShape, list, pagesShape } from '../references/intercom-output-shapes.js';
import { pageQuery } from '../requests/config-values.js';
import { responseList, responseObject, responsePages } from '../requests/response-values.js';

export const contactList = {
  key: 'contact.list',
  resource: 'contact',
  operation: 'list',
  label: 'List contacts',
  description: 'List contacts a page at a time.',
  example: { perPage: 50, startingAfter: '' },
  fields: [{ field: 'perPage' }, { field: 'startingAfter' }],
  outputs: { contacts: list(contactShape, 'List of contacts'), pages: pagesShape },
  paging: { cursor: 'query', items: 'contacts' },
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
} as const satisfies OperationDefinition;

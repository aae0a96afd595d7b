import type { OperationDefinition } from '../definition/operation-types.js';
import { contactShape, list, pagesShape } from '../references/intercom-output-shapes.js';
import { requiredJsonObject } from '../requests/config-values.js';
import { responseList, responseObject, responsePages } from '../requests/response-values.js';

export const contactSearch = {
  key: 'contact.search',
  resource: 'contact',
  operation: 'search',
  label: 'Search contacts',
  description: "Search contacts with Intercom's query language.",
  example: { queryJson: JSON.stringify({ query: { operator: 'AND', value: [{ field: 'role', operator: '=', value: 'user' }, { field: 'created_at', operator: '>', value: 1577836800 }] } }) },
  fields: [{ field: 'queryJson', required: true }],
  outputs: { results: list(contactShape, 'Search results'), pages: pagesShape },
  paging: { cursor: 'body', items: 'results' },
  method: 'POST',
  path: '/contacts/search',
  operationId: 'SearchContacts',
  write: false,
  // Sent exactly as written: validation checks it against the search schema, and nothing is rewritten here.
  buildRequest: (config) => ({ body: requiredJsonObject(config, 'queryJson') }),
  mapResponse: (body) => {
    const list = responseObject(body, 'search results', ['list']);
    return { results: responseList(list, 'data', 'search results'), pages: responsePages(list) };
  },
} as const satisfies OperationDefinition;

import type { OperationDefinition } from '../definition/operation-types.js';
import { requiredJsonObject } from '../requests/config-values.js';
import { responseList, responseObject, responsePages } from '../requests/response-values.js';

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
  // Sent exactly as written: validation checks it against the search schema, and nothing is rewritten here.
  buildRequest: (config) => ({ body: requiredJsonObject(config, 'queryJson') }),
  mapResponse: (body) => {
    const list = responseObject(body, 'search results', ['list']);
    return { results: responseList(list, 'data', 'search results'), pages: responsePages(list) };
  },
};

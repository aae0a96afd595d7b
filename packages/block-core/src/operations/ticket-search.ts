import type { OperationDefinition } from '../definition/operation-types.js';
import { list, pagesShape, ticketShape } from '../references/intercom-output-shapes.js';
import { requiredJsonObject } from '../requests/config-values.js';
import { responseList, responseObject, responsePages } from '../requests/response-values.js';

export const ticketSearch = {
  key: 'ticket.search',
  resource: 'ticket',
  operation: 'search',
  label: 'Search tickets',
  description: "Search tickets with Intercom's query language, e.g. open tickets of a type, or by title.",
  example: {
    queryJson: JSON.stringify({
      query: { operator: 'AND', value: [{ field: 'open', operator: '=', value: true }, { field: 'ticket_type_id', operator: '=', value: '101' }] },
    }),
  },
  fields: [
    {
      field: 'queryJson',
      required: true,
      schema: 'ticketSearchQuery',
      help: 'Intercom Search Tickets API request body as JSON: a query of filters on ticket fields (title, description, state, open, ticket_type_id, ticket_attribute.<id>, ...) with AND/OR groups.',
    },
  ],
  outputs: { results: list(ticketShape, 'Search results'), pages: pagesShape },
  paging: { cursor: 'body', items: 'results' },
  method: 'POST',
  path: '/tickets/search',
  operationId: 'searchTickets',
  write: false,
  // Sent exactly as written: validation checks it against the ticket search schema.
  buildRequest: (config) => ({ body: requiredJsonObject(config, 'queryJson') }),
  mapResponse: (body) => {
    const found = responseObject(body, 'search results', ['ticket.list']);
    return { results: responseList(found, 'tickets', 'search results'), pages: responsePages(found) };
  },
} as const satisfies OperationDefinition;

import type { OperationDefinition } from '../definition/operation-types.js';
import { conversationListItemShape, list, pagesShape } from '../references/intercom-output-shapes.js';
import { requiredJsonObject } from '../requests/config-values.js';
import { responseList, responseObject, responsePages } from '../requests/response-values.js';

export const conversationSearch = {
  key: 'conversation.search',
  resource: 'conversation',
  operation: 'search',
  label: 'Search conversations',
  description: "Search conversations with Intercom's query language, e.g. open ones assigned to nobody.",
  example: {
    queryJson: JSON.stringify({
      query: { operator: 'AND', value: [{ field: 'open', operator: '=', value: true }, { field: 'admin_assignee_id', operator: '=', value: 0 }] },
    }),
  },
  fields: [{ field: 'queryJson', required: true, schema: 'conversationSearchQuery' }],
  outputs: { results: list(conversationListItemShape, 'Search results'), pages: pagesShape },
  paging: { cursor: 'body', items: 'results' },
  method: 'POST',
  path: '/conversations/search',
  operationId: 'searchConversations',
  write: false,
  // Sent exactly as written: validation checks it against the conversation search schema.
  buildRequest: (config) => ({ body: requiredJsonObject(config, 'queryJson') }),
  mapResponse: (body) => {
    const found = responseObject(body, 'search results', ['conversation.list']);
    return { results: responseList(found, 'conversations', 'search results'), pages: responsePages(found) };
  },
} as const satisfies OperationDefinition;

import type { OperationDefinition } from '../definition/operation-types.js';
import { conversationListItemShape, list, pagesShape } from '../references/intercom-output-shapes.js';
import { pageQuery } from '../requests/config-values.js';
import { responseList, responseObject, responsePages } from '../requests/response-values.js';

export const conversationList = {
  key: 'conversation.list',
  resource: 'conversation',
  operation: 'list',
  label: 'List conversations',
  description: 'List conversations a page at a time.',
  example: { perPage: '20' },
  fields: [{ field: 'perPage' }, { field: 'startingAfter' }],
  outputs: { conversations: list(conversationListItemShape, 'List of conversations'), pages: pagesShape },
  paging: { cursor: 'query', items: 'conversations' },
  method: 'GET',
  path: '/conversations',
  operationId: 'listConversations',
  write: false,
  buildRequest: (config) => ({ query: pageQuery(config) }),
  mapResponse: (body) => {
    const list = responseObject(body, 'a list of conversations', ['conversation.list']);
    return { conversations: responseList(list, 'conversations', 'a list of conversations'), pages: responsePages(list) };
  },
} as const satisfies OperationDefinition;

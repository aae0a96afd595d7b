import type { OperationDefinition } from '../definition/operation-types.js';
import { pageQuery } from '../requests/config-values.js';
import { responseList, responseObject, responsePages } from '../requests/response-values.js';

export const conversationList: OperationDefinition = {
  key: 'conversation.list',
  resource: 'conversation',
  operation: 'list',
  label: 'List conversations',
  description: 'List conversations a page at a time.',
  fields: [{ field: 'perPage' }, { field: 'startingAfter' }],
  outputs: ['conversations', 'pages'],
  method: 'GET',
  path: '/conversations',
  operationId: 'listConversations',
  write: false,
  buildRequest: (config) => ({ query: pageQuery(config) }),
  mapResponse: (body) => {
    const list = responseObject(body, 'a list of conversations', ['conversation.list']);
    return { conversations: responseList(list, 'conversations', 'a list of conversations'), pages: responsePages(list) };
  },
};

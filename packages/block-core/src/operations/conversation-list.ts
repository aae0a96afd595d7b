import type { OperationDefinition } from '../definition/operation-types.js';

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
};

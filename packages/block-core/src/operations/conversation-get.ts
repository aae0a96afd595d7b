import type { OperationDefinition } from '../definition/operation-types.js';

export const conversationGet: OperationDefinition = {
  key: 'conversation.get',
  resource: 'conversation',
  operation: 'get',
  label: 'Get conversation',
  description: 'Fetch one conversation with its parts.',
  fields: [{ field: 'conversationId', required: true }],
  outputs: ['conversation'],
  method: 'GET',
  path: '/conversations/{conversation_id}',
  operationId: 'retrieveConversation',
  write: false,
};

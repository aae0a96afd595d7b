import type { OperationDefinition } from '../definition/operation-types.js';
import { pathSegment } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';

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
  buildRequest: (config) => ({ pathParams: { conversation_id: pathSegment(config, 'conversationId') } }),
  mapResponse: (body) => ({ conversation: responseObject(body, 'a conversation', ['conversation']) }),
  describeNotFound: notFoundById('conversation', 'conversationId'),
};

import type { OperationDefinition } from '../definition/operation-types.js';
import { conversationShape } from '../references/intercom-output-shapes.js';
import { pathSegment } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';

export const conversationGet = {
  key: 'conversation.get',
  resource: 'conversation',
  operation: 'get',
  label: 'Get conversation',
  description: 'Fetch one conversation with its parts.',
  example: { conversationId: '123' },
  fields: [{ field: 'conversationId', required: true }],
  outputs: { conversation: conversationShape },
  method: 'GET',
  path: '/conversations/{conversation_id}',
  operationId: 'retrieveConversation',
  write: false,
  buildRequest: (config) => ({ pathParams: { conversation_id: pathSegment(config, 'conversationId') } }),
  mapResponse: (body) => ({ conversation: responseObject(body, 'a conversation', ['conversation']) }),
  describeNotFound: notFoundById('conversation', 'conversationId'),
} as const satisfies OperationDefinition;

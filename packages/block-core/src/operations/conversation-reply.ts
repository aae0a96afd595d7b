import type { OperationDefinition } from '../definition/operation-types.js';
import { conversationShape } from '../references/intercom-output-shapes.js';
import { actingAdminId } from '../requests/acting-admin.js';
import { optionFrom, pathSegment, requiredText } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';

export const conversationReply = {
  key: 'conversation.reply',
  resource: 'conversation',
  operation: 'reply',
  label: 'Reply to conversation',
  description: 'Post a comment or an internal note as an admin.',
  example: { conversationId: '123', message: 'Thanks!', replyType: 'note', adminId: '' },
  fields: [
    { field: 'conversationId', required: true },
    { field: 'message', required: true },
    { field: 'replyType' },
    { field: 'adminId' },
  ],
  outputs: { conversation: conversationShape },
  connectedAdmin: true,
  method: 'POST',
  path: '/conversations/{conversation_id}/reply',
  operationId: 'replyConversation',
  write: true,
  buildRequest: (config, context) => {
    const conversationId = pathSegment(config, 'conversationId');
    const body = requiredText(config, 'message');
    return {
      pathParams: { conversation_id: conversationId },
      body: { message_type: optionFrom(config, 'replyType', ['comment', 'note'], 'comment'), type: 'admin', admin_id: actingAdminId(config, context), body },
    };
  },
  mapResponse: (body) => ({ conversation: responseObject(body, 'a conversation', ['conversation']) }),
  describeNotFound: notFoundById('conversation', 'conversationId'),
} as const satisfies OperationDefinition;

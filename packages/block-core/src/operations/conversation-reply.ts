import type { OperationDefinition } from '../definition/operation-types.js';
import { optionFrom, optionalText, pathSegment, requiredText } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { IntercomRequestError } from '../requests/request-error.js';
import { responseObject } from '../requests/response-values.js';

export const conversationReply: OperationDefinition = {
  key: 'conversation.reply',
  resource: 'conversation',
  operation: 'reply',
  label: 'Reply to conversation',
  description: 'Post a comment or an internal note as an admin.',
  fields: [
    { field: 'conversationId', required: true },
    { field: 'message', required: true },
    { field: 'replyType' },
    { field: 'adminId' },
  ],
  outputs: ['conversation'],
  method: 'POST',
  path: '/conversations/{conversation_id}/reply',
  operationId: 'replyConversation',
  write: true,
  buildRequest: (config, context) => {
    const conversationId = pathSegment(config, 'conversationId');
    const body = requiredText(config, 'message');
    const adminId = optionalText(config, 'adminId')?.trim() ?? (context.adminId?.trim() || undefined);
    if (adminId === undefined) {
      throw new IntercomRequestError('adminId is not set and no connected admin is known: choose the admin to reply as.', 'adminId');
    }
    return {
      pathParams: { conversation_id: conversationId },
      body: { message_type: optionFrom(config, 'replyType', ['comment', 'note'], 'comment'), type: 'admin', admin_id: adminId, body },
    };
  },
  mapResponse: (body) => ({ conversation: responseObject(body, 'a conversation', ['conversation']) }),
  describeNotFound: notFoundById('conversation', 'conversationId'),
};

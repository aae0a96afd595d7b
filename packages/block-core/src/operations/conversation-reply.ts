import type { OperationDefinition } from '../definition/operation-types.js';

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
};

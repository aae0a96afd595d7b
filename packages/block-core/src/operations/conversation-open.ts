import type { OperationDefinition } from '../definition/operation-types.js';
import { conversationShape } from '../references/intercom-output-shapes.js';
import { actingAdminId } from '../requests/acting-admin.js';
import { pathSegment } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';
import { actingAdminField } from './acting-admin-field.js';

export const conversationOpen = {
  key: 'conversation.open',
  resource: 'conversation',
  operation: 'open',
  label: 'Open conversation',
  description: 'Reopen a closed or snoozed conversation.',
  example: { conversationId: '123', adminId: '' },
  fields: [{ field: 'conversationId', required: true }, actingAdminField('Open as admin', 'reopen the conversation')],
  outputs: { conversation: conversationShape },
  connectedAdmin: true,
  method: 'POST',
  path: '/conversations/{conversation_id}/parts',
  operationId: 'manageConversation',
  write: true,
  buildRequest: (config, context) => ({
    pathParams: { conversation_id: pathSegment(config, 'conversationId') },
    body: { message_type: 'open', admin_id: actingAdminId(config, context) },
  }),
  mapResponse: (body) => ({ conversation: responseObject(body, 'a conversation', ['conversation']) }),
  describeNotFound: notFoundById('conversation', 'conversationId'),
} as const satisfies OperationDefinition;

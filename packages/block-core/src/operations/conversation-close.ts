import type { OperationDefinition } from '../definition/operation-types.js';
import { conversationShape } from '../references/intercom-output-shapes.js';
import { actingAdminId } from '../requests/acting-admin.js';
import { optionalText, pathSegment } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';
import { actingAdminField } from './acting-admin-field.js';

export const conversationClose = {
  key: 'conversation.close',
  resource: 'conversation',
  operation: 'close',
  label: 'Close conversation',
  description: 'Close a conversation as an admin, optionally with a closing note.',
  example: { conversationId: '123', message: 'Solved, closing.', adminId: '' },
  fields: [{ field: 'conversationId', required: true }, { field: 'message', label: 'Closing note', help: 'Optional note posted as the conversation is closed. Use literal text or <StepName.field>.' }, actingAdminField('Close as admin', 'close the conversation')],
  outputs: { conversation: conversationShape },
  connectedAdmin: true,
  method: 'POST',
  path: '/conversations/{conversation_id}/parts',
  operationId: 'manageConversation',
  write: true,
  buildRequest: (config, context) => {
    const body = optionalText(config, 'message');
    return {
      pathParams: { conversation_id: pathSegment(config, 'conversationId') },
      body: { message_type: 'close', type: 'admin', admin_id: actingAdminId(config, context), ...(body === undefined ? {} : { body }) },
    };
  },
  mapResponse: (body) => ({ conversation: responseObject(body, 'a conversation', ['conversation']) }),
  describeNotFound: notFoundById('conversation', 'conversationId'),
} as const satisfies OperationDefinition;

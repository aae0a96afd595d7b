import type { OperationDefinition } from '../definition/operation-types.js';
import { tagShape } from '../references/intercom-output-shapes.js';
import { actingAdminId } from '../requests/acting-admin.js';
import { pathSegment, requiredText } from '../requests/config-values.js';
import { responseObject } from '../requests/response-values.js';
import { conversationOrTagNotFound } from './conversation-checks.js';
import { actingAdminField } from './acting-admin-field.js';

export const conversationAddTag = {
  key: 'conversation.addTag',
  resource: 'conversation',
  operation: 'addTag',
  label: 'Add tag to conversation',
  description: 'Tag a conversation with one of the workspace’s tags.',
  example: { conversationId: '123', tagId: '9100001', adminId: '' },
  fields: [{ field: 'conversationId', required: true }, { field: 'tagId', required: true }, actingAdminField('Tag as admin', 'tag the conversation')],
  outputs: { tag: tagShape },
  connectedAdmin: true,
  method: 'POST',
  path: '/conversations/{conversation_id}/tags',
  operationId: 'attachTagToConversation',
  write: true,
  buildRequest: (config, context) => ({
    pathParams: { conversation_id: pathSegment(config, 'conversationId') },
    body: { id: requiredText(config, 'tagId').trim(), admin_id: actingAdminId(config, context) },
  }),
  mapResponse: (body) => ({ tag: responseObject(body, 'a tag', ['tag']) }),
  describeNotFound: conversationOrTagNotFound,
} as const satisfies OperationDefinition;

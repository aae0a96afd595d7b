import type { OperationDefinition } from '../definition/operation-types.js';
import { tagShape } from '../references/intercom-output-shapes.js';
import { actingAdminId } from '../requests/acting-admin.js';
import { pathSegment } from '../requests/config-values.js';
import { responseObject } from '../requests/response-values.js';
import { conversationOrTagNotFound } from './conversation-checks.js';
import { actingAdminField } from './acting-admin-field.js';

export const conversationRemoveTag = {
  key: 'conversation.removeTag',
  resource: 'conversation',
  operation: 'removeTag',
  label: 'Remove tag from conversation',
  description: 'Take a tag off a conversation.',
  example: { conversationId: '123', tagId: '9100001', adminId: '' },
  fields: [{ field: 'conversationId', required: true }, { field: 'tagId', required: true }, actingAdminField('Untag as admin', 'remove the tag')],
  outputs: { tag: tagShape },
  connectedAdmin: true,
  method: 'DELETE',
  path: '/conversations/{conversation_id}/tags/{tag_id}',
  operationId: 'detachTagFromConversation',
  write: true,
  destructive: true,
  // Intercom requires a JSON body on this DELETE: the admin who removes the tag.
  buildRequest: (config, context) => ({
    pathParams: { conversation_id: pathSegment(config, 'conversationId'), tag_id: pathSegment(config, 'tagId') },
    body: { admin_id: actingAdminId(config, context) },
  }),
  mapResponse: (body) => ({ tag: responseObject(body, 'a tag', ['tag']) }),
  describeNotFound: conversationOrTagNotFound,
} as const satisfies OperationDefinition;

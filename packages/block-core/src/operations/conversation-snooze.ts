import type { OperationDefinition } from '../definition/operation-types.js';
import { conversationShape } from '../references/intercom-output-shapes.js';
import { actingAdminId } from '../requests/acting-admin.js';
import { pathSegment, requiredText } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';
import { snoozeSeconds } from '../requests/snooze-time.js';
import { snoozeInTheFuture } from './conversation-checks.js';
import { actingAdminField } from './acting-admin-field.js';

export const conversationSnooze = {
  key: 'conversation.snooze',
  resource: 'conversation',
  operation: 'snooze',
  label: 'Snooze conversation',
  description: 'Snooze a conversation until a time; it reopens then, or when someone replies.',
  example: { conversationId: '123', snoozedUntil: '2030-12-24T09:00:00+01:00', adminId: '' },
  fields: [{ field: 'conversationId', required: true }, { field: 'snoozedUntil', required: true }, actingAdminField('Snooze as admin', 'snooze the conversation')],
  outputs: { conversation: conversationShape },
  connectedAdmin: true,
  validate: (config) => snoozeInTheFuture(config),
  method: 'POST',
  path: '/conversations/{conversation_id}/parts',
  operationId: 'manageConversation',
  write: true,
  buildRequest: (config, context) => {
    return {
      pathParams: { conversation_id: pathSegment(config, 'conversationId') },
      body: { message_type: 'snoozed', admin_id: actingAdminId(config, context), snoozed_until: snoozeSeconds(requiredText(config, 'snoozedUntil')) },
    };
  },
  mapResponse: (body) => ({ conversation: responseObject(body, 'a conversation', ['conversation']) }),
  describeNotFound: notFoundById('conversation', 'conversationId'),
} as const satisfies OperationDefinition;

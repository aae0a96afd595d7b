import type { OperationDefinition } from '../definition/operation-types.js';
import { conversationShape } from '../references/intercom-output-shapes.js';
import { actingAdminId } from '../requests/acting-admin.js';
import { optionalText, optionFrom, pathSegment, requiredText } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';
import { assigneeIdShape } from './conversation-checks.js';
import { actingAdminField } from './acting-admin-field.js';

export const conversationAssign = {
  key: 'conversation.assign',
  resource: 'conversation',
  operation: 'assign',
  label: 'Assign conversation',
  description: 'Assign a conversation to an admin or a team (0 unassigns), optionally with a note.',
  example: { conversationId: '123', assigneeType: 'team', assigneeId: '5100002', message: 'Billing question', adminId: '' },
  fields: [
    { field: 'conversationId', required: true },
    { field: 'assigneeType' },
    { field: 'assigneeId', required: true },
    { field: 'message', label: 'Assignment note', help: 'Optional note posted with the assignment. Use literal text or <StepName.field>.' },
    actingAdminField('Assign as admin', 'assign the conversation')
  ],
  outputs: { conversation: conversationShape },
  connectedAdmin: true,
  validate: (config) => assigneeIdShape(config),
  method: 'POST',
  path: '/conversations/{conversation_id}/parts',
  operationId: 'manageConversation',
  write: true,
  buildRequest: (config, context) => {
    const body = optionalText(config, 'message');
    return {
      pathParams: { conversation_id: pathSegment(config, 'conversationId') },
      body: {
        message_type: 'assignment',
        type: optionFrom(config, 'assigneeType', ['admin', 'team'], 'admin'),
        admin_id: actingAdminId(config, context),
        assignee_id: requiredText(config, 'assigneeId').trim(),
        ...(body === undefined ? {} : { body }),
      },
    };
  },
  mapResponse: (body) => ({ conversation: responseObject(body, 'a conversation', ['conversation']) }),
  describeNotFound: notFoundById('conversation', 'conversationId'),
} as const satisfies OperationDefinition;

import type { OperationDefinition } from '../definition/operation-types.js';
import { ticketReplyShape } from '../references/intercom-output-shapes.js';
import { actingAdminId } from '../requests/acting-admin.js';
import { optionFrom, pathSegment, requiredText } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';
import { actingAdminField } from './acting-admin-field.js';

export const ticketReply = {
  key: 'ticket.reply',
  resource: 'ticket',
  operation: 'reply',
  label: 'Reply to ticket',
  description: 'Post a comment to the customer, or an internal note, on a ticket as an admin.',
  example: { ticketId: '701', message: 'We are on it.', replyType: 'comment', adminId: '' },
  fields: [
    { field: 'ticketId', required: true, help: 'Intercom ticket ID (the internal id, not the Inbox number) to reply to. Use a literal ID or <StepName.field>.' },
    { field: 'message', required: true, label: 'Reply', help: 'The reply or note to post on the ticket. Use literal text or <StepName.field>.' },
    { field: 'replyType' },
    actingAdminField('Reply as admin', 'reply'),
  ],
  outputs: { reply: ticketReplyShape },
  connectedAdmin: true,
  method: 'POST',
  path: '/tickets/{ticket_id}/reply',
  operationId: 'replyTicket',
  write: true,
  buildRequest: (config, context) => ({
    pathParams: { ticket_id: pathSegment(config, 'ticketId') },
    body: {
      message_type: optionFrom(config, 'replyType', ['comment', 'note'], 'comment'),
      type: 'admin',
      admin_id: actingAdminId(config, context),
      body: requiredText(config, 'message'),
    },
  }),
  mapResponse: (body) => ({ reply: responseObject(body, 'a ticket reply', ['ticket_part']) }),
  describeNotFound: notFoundById('ticket', 'ticketId'),
} as const satisfies OperationDefinition;

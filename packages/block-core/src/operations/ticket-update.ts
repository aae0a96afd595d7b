import type { OperationDefinition } from '../definition/operation-types.js';
import { ticketShape } from '../references/intercom-output-shapes.js';
import { actingAdminId } from '../requests/acting-admin.js';
import { optionalJsonObject, optionalText, optionFrom, pathSegment } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';
import { snoozeSeconds } from '../requests/snooze-time.js';
import { actingAdminField } from './acting-admin-field.js';
import { snoozeInTheFuture } from './conversation-checks.js';
import { somethingToChange } from './operation-checks.js';
import { adminIdDigits, integerId, ticketAssigneeShape } from './ticket-checks.js';

const changeCheck = somethingToChange('Update ticket', ['adminId']);

export const ticketUpdate = {
  key: 'ticket.update',
  resource: 'ticket',
  operation: 'update',
  label: 'Update ticket',
  description: 'Change a ticket: its state, assignee, attributes, open or closed, or snooze it. Only what you fill in is sent.',
  example: { ticketId: '701', ticketStateId: '1013', ticketAttributesJson: '{"severity": "5004"}', adminId: '' },
  fields: [
    { field: 'ticketId', required: true, help: 'Intercom ticket ID (the internal id, not the Inbox number) to update. Use a literal ID or <StepName.field>.' },
    { field: 'ticketStateId' },
    {
      field: 'assigneeId',
      picker: 'assignees',
      help: 'The admin or team to assign the ticket to; 0 unassigns. Use an ID or <StepName.field>.',
    },
    { field: 'ticketOpen' },
    { field: 'snoozedUntil', help: 'Snooze the ticket until then: an ISO 8601 date-time with its offset (2030-12-24T09:00:00+01:00) or Unix seconds, in the future. Accepts <StepName.field>.' },
    { field: 'ticketAttributesJson' },
    actingAdminField('Update as admin', 'update the ticket'),
  ],
  outputs: { ticket: ticketShape },
  connectedAdmin: true,
  // Its ticket's type scopes the states picker and the attributes JSON.
  ticketScope: 'ticketId',
  validate: (config, context) => [...changeCheck(config, context), ...ticketAssigneeShape(config), ...snoozeInTheFuture(config), ...adminIdDigits(config)],
  method: 'PUT',
  path: '/tickets/{ticket_id}',
  operationId: 'updateTicket',
  write: true,
  buildRequest: (config, context) => {
    const state = optionalText(config, 'ticketStateId')?.trim();
    const assignee = optionalText(config, 'assigneeId')?.trim();
    const open = optionFrom(config, 'ticketOpen', ['unchanged', 'open', 'closed'], 'unchanged');
    const snoozedUntil = optionalText(config, 'snoozedUntil');
    const attributes = optionalJsonObject(config, 'ticketAttributesJson');
    return {
      pathParams: { ticket_id: pathSegment(config, 'ticketId') },
      body: {
        ...(attributes === undefined || Object.keys(attributes).length === 0 ? {} : { ticket_attributes: attributes }),
        ...(state === undefined ? {} : { ticket_state_id: state }),
        ...(open === 'unchanged' || open === undefined ? {} : { open: open === 'open' }),
        ...(snoozedUntil === undefined ? {} : { snoozed_until: snoozeSeconds(snoozedUntil) }),
        // The 2.16 spec types admin_id as an integer here (a string everywhere else); Intercom takes the number.
        admin_id: integerId(actingAdminId(config, context)),
        ...(assignee === undefined ? {} : { assignee_id: assignee }),
      },
    };
  },
  mapResponse: (body) => ({ ticket: responseObject(body, 'a ticket', ['ticket']) }),
  describeNotFound: notFoundById('ticket', 'ticketId'),
} as const satisfies OperationDefinition;

import type { OperationDefinition } from '../definition/operation-types.js';
import { ticketShape } from '../references/intercom-output-shapes.js';
import { requiredJsonObject } from '../requests/config-values.js';
import { responseObject } from '../requests/response-values.js';

export const ticketCreate = {
  key: 'ticket.create',
  resource: 'ticket',
  operation: 'create',
  label: 'Create ticket',
  description: 'Create a ticket of a ticket type for one contact.',
  example: { ticketJson: JSON.stringify({ ticket_type_id: '7', contacts: [{ id: '6762f0b1' }], ticket_attributes: { _default_title_: 'Crash' } }) },
  fields: [{ field: 'ticketJson', required: true }],
  outputs: { ticket: ticketShape },
  method: 'POST',
  path: '/tickets',
  operationId: 'createTicket',
  write: true,
  buildRequest: (config) => ({ body: requiredJsonObject(config, 'ticketJson') }),
  mapResponse: (body) => ({ ticket: responseObject(body, 'a ticket', ['ticket']) }),
} as const satisfies OperationDefinition;

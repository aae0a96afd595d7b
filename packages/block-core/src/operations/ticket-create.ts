import type { OperationDefinition } from '../definition/operation-types.js';
import { requiredJsonObject } from '../requests/config-values.js';
import { responseObject } from '../requests/response-values.js';

export const ticketCreate: OperationDefinition = {
  key: 'ticket.create',
  resource: 'ticket',
  operation: 'create',
  label: 'Create ticket',
  description: 'Create a ticket of a ticket type for one contact.',
  fields: [{ field: 'ticketJson', required: true }],
  outputs: ['ticket'],
  method: 'POST',
  path: '/tickets',
  operationId: 'createTicket',
  write: true,
  buildRequest: (config) => ({ body: requiredJsonObject(config, 'ticketJson') }),
  mapResponse: (body) => ({ ticket: responseObject(body, 'a ticket', ['ticket']) }),
};

import type { OperationDefinition } from '../definition/operation-types.js';

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
};

import type { OperationDefinition } from '../definition/operation-types.js';

export const ticketGet: OperationDefinition = {
  key: 'ticket.get',
  resource: 'ticket',
  operation: 'get',
  label: 'Get ticket',
  description: 'Fetch one ticket by its internal ID.',
  fields: [{ field: 'ticketId', required: true }],
  outputs: ['ticket'],
  method: 'GET',
  path: '/tickets/{ticket_id}',
  operationId: 'getTicket',
  write: false,
};

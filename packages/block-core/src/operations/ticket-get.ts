import type { OperationDefinition } from '../definition/operation-types.js';
import { ticketShape } from '../references/intercom-output-shapes.js';
import { pathSegment } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';

export const ticketGet = {
  key: 'ticket.get',
  resource: 'ticket',
  operation: 'get',
  label: 'Get ticket',
  description: 'Fetch one ticket by its internal ID.',
  example: { ticketId: '44' },
  fields: [{ field: 'ticketId', required: true }],
  outputs: { ticket: ticketShape },
  method: 'GET',
  path: '/tickets/{ticket_id}',
  operationId: 'getTicket',
  write: false,
  buildRequest: (config) => ({ pathParams: { ticket_id: pathSegment(config, 'ticketId') } }),
  // Intercom documents the ticket as nullable; no ticket is reported as a failure, never as an empty success.
  mapResponse: (body) => ({ ticket: responseObject(body, 'a ticket', ['ticket']) }),
  describeNotFound: notFoundById('ticket', 'ticketId'),
} as const satisfies OperationDefinition;

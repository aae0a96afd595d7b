import { describe, expect, it } from 'vitest';
import { ticketGet } from './ticket-get.js';

describe('ticket.get', () => {
  it('puts the encoded id in the path', () => {
    expect(ticketGet.buildRequest({ resource: 'ticket', operation: 'get', ticketId: 'a b' })).toEqual({ pathParams: { ticket_id: 'a%20b' } });
  });

  it('outputs the ticket, and treats a null ticket as a failure', () => {
    expect(ticketGet.mapResponse({ type: 'ticket', id: '631' })).toEqual({ ticket: { type: 'ticket', id: '631' } });
    expect(() => ticketGet.mapResponse(null)).toThrow('Intercom answered without a ticket: the body is null.');
  });
});

import { describe, expect, it } from 'vitest';
import { ticketCreate } from './ticket-create.js';

describe('ticket.create', () => {
  it('sends ticketJson as the body', () => {
    const body = { ticket_type_id: '1', contacts: [{ external_id: 'u1' }] };
    expect(ticketCreate.buildRequest({ resource: 'ticket', operation: 'create', ticketJson: JSON.stringify(body) })).toEqual({ body });
    expect(() => ticketCreate.buildRequest({ resource: 'ticket', operation: 'create', ticketJson: '[]' })).toThrow('ticketJson must be a JSON object');
  });

  it('outputs the created ticket', () => {
    expect(ticketCreate.mapResponse({ type: 'ticket', id: '626' })).toEqual({ ticket: { type: 'ticket', id: '626' } });
  });
});

import { describe, expect, it } from 'vitest';
import { scopedTicketId, ticketLookupConfig, ticketTypeIdOfOutputs } from './ticket-scope.js';
import { validateConfig } from '../validation/validate-config.js';
import type { IntercomConfig } from '../types.js';

const update = (ticketId: string): IntercomConfig => ({ resource: 'ticket', operation: 'update', ticketId });
const created = [{ name: 'CreateTicket', outputs: { success: true, ticket: { id: '704', ticket_type: { id: '101' } } } }];

describe('the ticket scope of ticket.update', () => {
  it('is the ticket id as written, or the value its whole reference has in a step that ran', () => {
    expect(scopedTicketId(update(' 701 '))).toBe('701');
    expect(scopedTicketId({ ...update(''), ticketId: 701 } as unknown as IntercomConfig)).toBe('701');
    expect(scopedTicketId(update('<CreateTicket.ticket.id>'), created)).toBe('704');
  });

  it('is unknown while the reference has no value, or the text is more than one reference', () => {
    expect(scopedTicketId(update('<CreateTicket.ticket.id>'))).toBeUndefined();
    expect(scopedTicketId(update('<CreateTicket.ticket.id>'), [{ name: 'CreateTicket' }])).toBeUndefined();
    expect(scopedTicketId(update('T-<CreateTicket.ticket.id>'), created)).toBeUndefined();
    expect(scopedTicketId(update(''))).toBeUndefined();
  });

  it('exists only for operations that declare it', () => {
    expect(scopedTicketId({ resource: 'ticket', operation: 'get', ticketId: '701' })).toBeUndefined();
    expect(scopedTicketId({ resource: 'ticket', operation: 'reply', ticketId: '701' })).toBeUndefined();
  });

  it('is looked up with a valid Get ticket, whose outputs give the type', () => {
    expect(validateConfig(ticketLookupConfig('701'))).toEqual([]);
    expect(ticketTypeIdOfOutputs({ success: true, ticket: { ticket_type: { id: 101 } } })).toBe('101');
    expect(ticketTypeIdOfOutputs({ success: false })).toBeUndefined();
    expect(ticketTypeIdOfOutputs({ success: true, ticket: { ticket_type: null } })).toBeUndefined();
  });
});

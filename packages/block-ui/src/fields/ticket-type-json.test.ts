import { describe, expect, it } from 'vitest';
import { ticketTypeIdOf, withTicketTypeId } from './ticket-type-json.js';

describe('ticket type id in ticket JSON', () => {
  it('reads the id even while the JSON is unfinished', () => {
    expect(ticketTypeIdOf('{"ticket_type_id": "7", "contacts": [')).toBe('7');
    expect(ticketTypeIdOf('{"ticket_type_id": 8}')).toBe('8');
    expect(ticketTypeIdOf('not json')).toBeUndefined();
  });

  it('sets the id and keeps everything else as written', () => {
    const before = '{\n  "contacts": [{ "email": "<Trigger.contact.email>" }],\n  "ticket_type_id": "7"\n}';
    const after = withTicketTypeId(before, '8');
    expect(after).toBe(before.replace('"7"', '"8"'));
    expect(JSON.parse(withTicketTypeId('{"contacts": []}', '7'))).toEqual({ contacts: [], ticket_type_id: '7' });
    expect(JSON.parse(withTicketTypeId('', '7'))).toEqual({ ticket_type_id: '7' });
  });
});

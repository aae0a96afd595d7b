import { describe, expect, it } from 'vitest';
import { ticketTypeIdOf, withTicketTypeId } from './ticket-type-json.js';

describe('ticket type id in ticket JSON', () => {
  it('reads the id even while the JSON is unfinished', () => {
    expect(ticketTypeIdOf('{"ticket_type_id": "7", "contacts": [')).toBe('7');
    expect(ticketTypeIdOf('{"ticket_type_id": 8}')).toBe('8');
    expect(ticketTypeIdOf('not json')).toBeUndefined();
  });

  it('replaces an id in place and keeps everything else as written', () => {
    const before = '{\n  "contacts": [{ "email": "<Trigger.contact.email>" }],\n  "ticket_type_id": "7"\n}';
    expect(withTicketTypeId(before, '8')).toBe(before.replace('"7"', '"8"'));
  });

  it('adds a missing id first, without reformatting the rest', () => {
    expect(withTicketTypeId('{\n  "contacts": [{ "email": "x" }]\n}', '7')).toBe('{\n  "ticket_type_id": "7",\n  "contacts": [{ "email": "x" }]\n}');
    expect(withTicketTypeId('{"contacts": [{"email": "x"}]}', '7')).toBe('{"ticket_type_id": "7","contacts": [{"email": "x"}]}');
    expect(withTicketTypeId('', '7')).toBe('{\n  "ticket_type_id": "7"\n}');
  });
});

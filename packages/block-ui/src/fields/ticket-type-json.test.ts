import { describe, expect, it } from 'vitest';
import { sampleTicketTypes } from '../test-support/sample-data.js';
import { ticketTypeIdOf, withTicketTypeId, withTicketTypeTemplate } from './ticket-type-json.js';

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

  it('fills in what a chosen type needs as a template: contacts to fill and its required attributes, empty', () => {
    const bugReport = sampleTicketTypes[0]!;
    const required = bugReport.attributes.filter((attribute) => attribute.required_to_create).map((attribute) => attribute.name);
    const filled = JSON.parse(withTicketTypeTemplate('', bugReport)) as Record<string, unknown>;
    expect(filled).toEqual({ ticket_type_id: bugReport.id, contacts: [], ticket_attributes: Object.fromEntries(required.map((name) => [name, ''])) });
  });

  it('keeps what was written and adds only what is missing', () => {
    const bugReport = sampleTicketTypes[0]!;
    const before = '{\n  "contacts": [{ "email": "<Trigger.contact.email>" }],\n  "ticket_attributes": { "_default_title_": "VAT" }\n}';
    const after = withTicketTypeTemplate(before, bugReport);
    expect(after).toContain('[{ "email": "<Trigger.contact.email>" }]');
    expect(after).toContain('"_default_title_": "VAT"');
    const attributes = (JSON.parse(after) as { ticket_attributes: Record<string, unknown> }).ticket_attributes;
    for (const attribute of bugReport.attributes.filter((a) => a.required_to_create)) expect(attributes).toHaveProperty(attribute.name);
  });
});

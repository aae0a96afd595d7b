import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from './json-schema.js';
import { listOptionsOf, requiredAttributeNames, ticketSchemaForType, ticketSchemaForTypes, type TicketTypeInfo } from './ticket-type.js';

const bug: TicketTypeInfo = {
  id: '7',
  name: 'Bug report',
  attributes: [
    { name: '_default_title_', data_type: 'string', required_to_create: true },
    { name: 'priority', data_type: 'list', required_to_create: true, description: 'How urgent', input_options: { list_options: [{ id: 'p1', label: 'High' }, { id: 'p2', label: 'Low' }, { id: 'p0', label: 'Old', archived: true }] } },
    { name: 'steps', data_type: 'integer', required_to_create: false },
    { name: 'cost', data_type: 'decimal', required_to_create: false },
    { name: 'reproducible', data_type: 'boolean', required_to_create: false },
    { name: 'seen_at', data_type: 'datetime', required_to_create: false },
    { name: 'screenshots', data_type: 'files', required_to_create: false },
  ],
};
const question: TicketTypeInfo = { id: '8', name: 'Question', attributes: [] };

const acceptsWith = (schema: JsonSchema) => {
  const validator = new Validator(structuredClone(schema), '7', false);
  return (body: unknown) => validator.validate(body).valid;
};
const contacts = [{ id: '1' }];

describe('listOptionsOf', () => {
  it('reads list_options, bare arrays and ids, leaving archived items out', () => {
    expect(listOptionsOf(bug.attributes[1]?.input_options)).toEqual([{ id: 'p1', label: 'High' }, { id: 'p2', label: 'Low' }]);
    expect(listOptionsOf(['a', 3])).toEqual([{ id: 'a' }, { id: '3' }]);
    expect(listOptionsOf({ multiline: false })).toBeUndefined();
    expect(listOptionsOf(undefined)).toBeUndefined();
  });
});

describe('ticketSchemaForType', () => {
  const schema = ticketSchemaForType(bug);
  const accepts = acceptsWith(schema);
  const attributes = schema.properties?.ticket_attributes?.anyOf?.[0];

  it('maps each data_type to a JSON type', () => {
    const good = {
      ticket_type_id: '7',
      contacts,
      ticket_attributes: { _default_title_: 'Crash', priority: 'p1', steps: 3, cost: 2.5, reproducible: true, seen_at: 1590000000, screenshots: [] },
    };
    expect(accepts(good)).toBe(true);
    expect(accepts({ ...good, ticket_attributes: { ...good.ticket_attributes, steps: 2.5 } })).toBe(false);
    expect(accepts({ ...good, ticket_attributes: { ...good.ticket_attributes, cost: 'cheap' } })).toBe(false);
    expect(accepts({ ...good, ticket_attributes: { ...good.ticket_attributes, reproducible: 'yes' } })).toBe(false);
    expect(accepts({ ...good, ticket_attributes: { ...good.ticket_attributes, screenshots: 'a.png' } })).toBe(false);
  });

  it('accepts only the ids of live list items, with labels for completion', () => {
    const priority = attributes?.properties?.priority?.anyOf?.[0];
    expect(priority?.enum).toEqual(['p1', 'p2']);
    expect(priority?.enumDescriptions).toEqual(['High', 'Low']);
    expect(accepts({ ticket_type_id: '7', contacts, ticket_attributes: { _default_title_: 'x', priority: 'High' } })).toBe(false);
    expect(accepts({ ticket_type_id: '7', contacts, ticket_attributes: { _default_title_: 'x', priority: 'p0' } })).toBe(false);
  });

  it('requires the required_to_create attributes, and ticket_attributes itself', () => {
    expect(attributes?.required).toEqual(['_default_title_', 'priority']);
    expect(schema.required).toContain('ticket_attributes');
    expect(accepts({ ticket_type_id: '7', contacts })).toBe(false);
    expect(accepts({ ticket_type_id: '7', contacts, ticket_attributes: { _default_title_: 'x' } })).toBe(false);
    expect(requiredAttributeNames(bug)).toEqual(['_default_title_', 'priority']);
  });

  it('accepts references in attribute values and refuses unknown attributes', () => {
    expect(accepts({ ticket_type_id: '7', contacts, ticket_attributes: { _default_title_: '<AI.title>', priority: '<AI.priority>', steps: '<AI.steps>' } })).toBe(true);
    expect(accepts({ ticket_type_id: '7', contacts, ticket_attributes: { _default_title_: 'x', priority: 'p1', severity: 1 } })).toBe(false);
  });

  it('pins ticket_type_id to the type and describes attributes by their description and kind', () => {
    expect(accepts({ ticket_type_id: '8', contacts, ticket_attributes: { _default_title_: 'x', priority: 'p1' } })).toBe(false);
    expect(attributes?.properties?.priority?.description).toBe('How urgent (list item id, required)');
  });

  it('lets a type with no required attribute leave ticket_attributes out', () => {
    expect(acceptsWith(ticketSchemaForType(question))({ ticket_type_id: '8', contacts })).toBe(true);
  });
});

describe('ticketSchemaForTypes', () => {
  const schema = ticketSchemaForTypes([bug, question]);
  const accepts = acceptsWith(schema);

  it('completes ticket_type_id with the type ids and names', () => {
    const id = schema.properties?.ticket_type_id?.anyOf?.[0];
    expect(id?.enum).toEqual(['7', '8']);
    expect(id?.enumDescriptions).toEqual(['Bug report', 'Question']);
  });

  it('follows the chosen type for ticket_attributes', () => {
    expect(accepts({ ticket_type_id: '8', contacts })).toBe(true);
    expect(accepts({ ticket_type_id: '7', contacts })).toBe(false);
    expect(accepts({ ticket_type_id: '7', contacts, ticket_attributes: { _default_title_: 'x', priority: 'p2' } })).toBe(true);
    expect(accepts({ ticket_type_id: '9', contacts })).toBe(false);
  });
});

import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { ticketAttributesSchema, ticketAttributesSchemaForUpdate } from './ticket-attributes-schema.js';
import type { TicketTypeInfo } from './ticket-type.js';

const bug: TicketTypeInfo = {
  id: '101',
  name: 'Bug report',
  attributes: [
    { name: '_default_title_', data_type: 'string', required_to_create: true },
    { name: 'severity', data_type: 'list', required_to_create: true, input_options: { list_options: [{ id: '5003', label: 'High' }, { id: '5004', label: 'Critical' }] } },
    { name: 'customers_affected', data_type: 'integer', required_to_create: false },
  ],
};
const accepts = (schema: object) => (value: unknown) => new Validator(structuredClone(schema), '7', false).validate(value).valid;

describe('ticket attributes of an update', () => {
  it('take any attribute value before the type is known', () => {
    expect(accepts(ticketAttributesSchema)({ anything: 1, _default_title_: 'x' })).toBe(true);
    expect(accepts(ticketAttributesSchema)({ nested: { no: true } })).toBe(false);
  });

  it("follow the ticket's type, with none required, and offer list items by their labels", () => {
    const schema = ticketAttributesSchemaForUpdate(bug);
    expect(schema.required).toBeUndefined();
    expect(accepts(schema)({ severity: '5004' })).toBe(true);
    expect(accepts(schema)({ customers_affected: 'many' })).toBe(false);
    expect(accepts(schema)({ colour: 'red' })).toBe(false);
    const severity = schema.properties?.severity?.anyOf?.[0];
    expect(severity?.defaultSnippets).toEqual([
      { label: 'High', description: 'List item 5003', body: '5003' },
      { label: 'Critical', description: 'List item 5004', body: '5004' },
    ]);
  });
});

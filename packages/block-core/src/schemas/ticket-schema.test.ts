import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { ticketSchema } from './ticket-schema.js';

const validator = new Validator(structuredClone(ticketSchema), '7', false);
const accepts = (body: unknown) => validator.validate(body).valid;
const base = { ticket_type_id: '12', contacts: [{ id: '6762f0b1' }] };

describe('ticketSchema', () => {
  it.each([
    ['the minimum', base],
    ['a contact by external_id', { ...base, contacts: [{ external_id: 'u-1' }] }],
    ['a contact by email', { ...base, contacts: [{ email: 'jane@example.com' }] }],
    [
      'every optional field',
      {
        ...base,
        ticket_attributes: { _default_title_: 'Broken', _default_description_: 'It broke', priority: 'a1', count: 3, urgent: true, tags: ['x'], empty: null },
        conversation_to_link_id: '123',
        company_id: 'c1',
        created_at: 1590000000,
        assignment: { admin_assignee_id: '1', team_assignee_id: '2' },
        skip_notifications: true,
      },
    ],
  ])('accepts %s', (_name, body) => {
    expect(accepts(body)).toBe(true);
  });

  it.each([
    ['no ticket_type_id', { contacts: base.contacts }],
    ['a numeric ticket_type_id (as in the spec example)', { ...base, ticket_type_id: 88 }],
    ['no contacts', { ticket_type_id: '12' }],
    ['no contact in the list', { ...base, contacts: [] }],
    ['two contacts', { ...base, contacts: [{ id: '1' }, { id: '2' }] }],
    ['a contact with id and email', { ...base, contacts: [{ id: '1', email: 'a@b.co' }] }],
    ['an empty contact', { ...base, contacts: [{}] }],
    ['a contact by user_id', { ...base, contacts: [{ user_id: '1' }] }],
    ['an object attribute', { ...base, ticket_attributes: { nested: { a: 1 } } }],
    ['an unknown top-level key', { ...base, title: 'Broken' }],
    ['created_at as text', { ...base, created_at: 'now' }],
  ])('rejects %s', (_name, body) => {
    expect(accepts(body)).toBe(false);
  });

  it('describes the default title and description attributes', () => {
    const attributes = ticketSchema.properties?.ticket_attributes?.anyOf?.[0];
    expect(attributes?.properties?._default_title_?.description).toMatch(/title/);
    expect(attributes?.properties?._default_description_?.description).toMatch(/description/);
  });
});

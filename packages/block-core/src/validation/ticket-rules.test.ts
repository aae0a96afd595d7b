import { describe, expect, it } from 'vitest';
import type { TicketTypeInfo } from '../schemas/ticket-type.js';
import { formatJsonPath } from './json-path.js';
import { checkTicketBody, findTicketType } from './ticket-rules.js';

const bug: TicketTypeInfo = {
  id: '7',
  name: 'Bug report',
  attributes: [
    { name: '_default_title_', data_type: 'string', required_to_create: true },
    { name: 'priority', data_type: 'list', required_to_create: true, description: 'How urgent', input_options: { list_options: [{ id: 'p1', label: 'High' }, { id: 'p2', label: 'Low' }] } },
    { name: 'steps', data_type: 'integer', required_to_create: false },
  ],
};
const types = [bug, { id: '8', name: 'Question', attributes: [] }];
const contacts = [{ id: '6762f0b1' }];
const problems = (body: Record<string, unknown>, ticketTypes?: TicketTypeInfo[]) =>
  checkTicketBody(body, ticketTypes).map((p) => ({ path: formatJsonPath(p.path), code: p.code, message: p.message }));
const codes = (body: Record<string, unknown>, ticketTypes?: TicketTypeInfo[]) =>
  checkTicketBody(body, ticketTypes).map((p) => `${formatJsonPath(p.path)} ${p.code}`);

describe('checkTicketBody without ticket types', () => {
  it.each([
    ['an id', { ticket_type_id: '12', contacts }],
    ['an external_id', { ticket_type_id: '12', contacts: [{ external_id: 'u1' }] }],
    ['an email', { ticket_type_id: '12', contacts: [{ email: 'jane@example.com' }] }],
    ['references', { ticket_type_id: '<T.type>', contacts: '<T.contacts>' }],
    ['a contact that is a reference', { ticket_type_id: '12', contacts: ['<T.contact>'] }],
  ])('accepts a ticket with %s', (_name, body) => {
    expect(problems(body)).toEqual([]);
  });

  it('needs ticket_type_id, as text', () => {
    expect(problems({ contacts })).toEqual([
      { path: '$.ticket_type_id', code: 'required', message: 'Add "ticket_type_id": the ID of the ticket type to create, as text.' },
    ]);
    expect(problems({ ticket_type_id: 88, contacts })).toEqual([
      { path: '$.ticket_type_id', code: 'ticket_type_id_not_text', message: 'ticket_type_id must be text: write it in quotes, "88".' },
    ]);
    expect(codes({ ticket_type_id: ' ', contacts })).toEqual(['$.ticket_type_id required']);
  });

  it('needs exactly one contact', () => {
    expect(problems({ ticket_type_id: '1' })).toEqual([
      { path: '$.contacts', code: 'required', message: 'Add "contacts" with the one contact the ticket is for, such as [{"id": "<Trigger.contact.id>"}].' },
    ]);
    expect(codes({ ticket_type_id: '1', contacts: [] })).toEqual(['$.contacts no_contact']);
    expect(problems({ ticket_type_id: '1', contacts: [{ id: '1' }, { id: '2' }] })).toEqual([
      { path: '$.contacts', code: 'too_many_contacts', message: 'Intercom accepts exactly one contact per ticket, and this list has 2. Keep one.' },
    ]);
    expect(codes({ ticket_type_id: '1', contacts: { id: '1' } })).toEqual(['$.contacts contacts_not_list']);
  });

  it('needs the contact as exactly one of {id}, {external_id} or {email}', () => {
    expect(problems({ ticket_type_id: '1', contacts: [{ id: '1', email: 'a@b.co' }] })).toEqual([
      { path: '$.contacts[0]', code: 'contact_identifiers_conflict', message: 'Give the contact by only one of id, external_id or email; this one has id and email.' },
    ]);
    expect(problems({ ticket_type_id: '1', contacts: [{}] })).toEqual([
      { path: '$.contacts[0]', code: 'contact_identifier_missing', message: 'Name the contact as {"id": ...}, {"external_id": ...} or {"email": ...}.' },
    ]);
    expect(problems({ ticket_type_id: '1', contacts: [{ user_id: '1' }] })).toEqual([
      { path: '$.contacts[0].user_id', code: 'unknown_contact_key', message: '"user_id" is not a way to name the contact. Use id, external_id or email.' },
    ]);
    expect(problems({ ticket_type_id: '1', contacts: [{ emial: 'a@b.co' }] })[0]?.message).toContain('Did you mean "email"?');
  });

  it("checks a contact's literal email as the email field is, and leaves one with a reference to the run", () => {
    for (const email of ['jane', 'jane@example', 'jane\u0000@example.com', 'jane@exa\u202emoc.elpmaxe']) {
      expect(codes({ ticket_type_id: '1', contacts: [{ email }] })).toEqual(['$.contacts[0].email invalid_email']);
    }
    expect(codes({ ticket_type_id: '1', contacts: [{ email: '<Trigger.contact.email>' }] })).toEqual([]);
    expect(codes({ ticket_type_id: '1', contacts: [{ email: '<Trigger.user>@example.com' }] })).toEqual([]);
  });

  it('does not check attributes without the ticket types', () => {
    expect(codes({ ticket_type_id: '7', contacts, ticket_attributes: { anything: 1 } })).toEqual([]);
  });
});

describe('checkTicketBody with the workspace ticket types', () => {
  const good = { ticket_type_id: '7', contacts, ticket_attributes: { _default_title_: 'Crash', priority: 'p1' } };

  it('accepts a ticket of a known type with its required attributes', () => {
    expect(problems(good, types)).toEqual([]);
    expect(problems({ ticket_type_id: '8', contacts }, types)).toEqual([]);
    expect(problems({ ...good, ticket_attributes: '<AI.attributes>' }, types)).toEqual([]);
    expect(problems({ ...good, ticket_attributes: { _default_title_: '<AI.title>', priority: '<AI.priority>' } }, types)).toEqual([]);
  });

  it('knows the ticket types, and lists them', () => {
    expect(problems({ ticket_type_id: '99', contacts }, types)).toEqual([
      { path: '$.ticket_type_id', code: 'unknown_ticket_type', message: 'There is no ticket type with ID "99" in this Intercom workspace. Use one of: "7" (Bug report), "8" (Question).' },
    ]);
    expect(problems({ ticket_type_id: '1', contacts }, [])[0]?.message).toContain('no ticket types yet');
    expect(problems({ contacts }, types)[0]?.message).toContain('Use one of: "7" (Bug report)');
  });

  it('needs the required_to_create attributes, filled in', () => {
    expect(problems({ ticket_type_id: '7', contacts }, types)).toEqual([
      { path: '$.ticket_attributes._default_title_', code: 'missing_ticket_attribute', message: 'Ticket type "Bug report" needs "_default_title_" in ticket_attributes. Add it.' },
      { path: '$.ticket_attributes.priority', code: 'missing_ticket_attribute', message: 'Ticket type "Bug report" needs "priority" in ticket_attributes (How urgent). Add it.' },
    ]);
    expect(codes({ ...good, ticket_attributes: { _default_title_: ' ', priority: 'p1' } }, types)).toEqual(['$.ticket_attributes._default_title_ missing_ticket_attribute']);
  });

  it('takes list items by id, and says so when given a label', () => {
    expect(problems({ ...good, ticket_attributes: { _default_title_: 'x', priority: 'High' } }, types)).toEqual([
      { path: '$.ticket_attributes.priority', code: 'invalid_list_item', message: '"priority" takes the id of a list item, not its label: use "p1" for High.' },
    ]);
    expect(problems({ ...good, ticket_attributes: { _default_title_: 'x', priority: 'p9' } }, types)[0]?.message).toBe(
      '"p9" is not an item of the list attribute "priority" of ticket type "Bug report". Use the id of one of: "p1" (High), "p2" (Low).',
    );
  });

  it('knows the attributes of the type, and guesses the one meant', () => {
    expect(problems({ ...good, ticket_attributes: { ...good.ticket_attributes, title: 'x' } }, types)).toEqual([
      {
        path: '$.ticket_attributes.title',
        code: 'unknown_ticket_attribute',
        message: 'Ticket type "Bug report" has no attribute "title". Did you mean "_default_title_"? Its attributes are: _default_title_, _default_description_, priority, steps.',
      },
    ]);
    expect(problems({ ...good, ticket_attributes: { ...good.ticket_attributes, prority: 'p1' } }, types)[0]?.message).toContain('Did you mean "priority"?');
  });

  it('finds the type a body names', () => {
    expect(findTicketType({ ticket_type_id: '7' }, types)?.name).toBe('Bug report');
    expect(findTicketType({ ticket_type_id: ' 7 ' }, types)).toBeUndefined();
    expect(findTicketType({ ticket_type_id: 7 }, types)).toBeUndefined();
    expect(findTicketType({ ticket_type_id: '7' }, undefined)).toBeUndefined();
  });
});

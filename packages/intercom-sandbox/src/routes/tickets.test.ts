import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedContactIds } from '../seed/contacts.js';
import { seedConversationIds } from '../seed/conversations.js';
import { seedTicketIds } from '../seed/tickets.js';
import { seedTicketTypeIds } from '../seed/ticket-types.js';
import { seedAdminIds } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { ContactListJson, ErrorJson, TicketJson, TicketTypeJson } from '../test-support/wire.js';

const sandbox = createIntercomSandbox();
const bug = (extra: Record<string, unknown> = {}) => ({
  ticket_type_id: seedTicketTypeIds.bugReport,
  contacts: [{ id: seedContactIds.chloe }],
  ticket_attributes: { _default_title_: 'Dashboard blank in Safari', _default_description_: 'Since the last release', severity: '5002' },
  ...extra,
});
const create = (body: unknown) => call<TicketJson>(sandbox, 'POST', '/tickets', { body });
const rejected = async (body: unknown, message: string) => {
  const result = await call<ErrorJson>(sandbox, 'POST', '/tickets', { body });
  expect(result.status).toBe(400);
  expect(result.body.errors[0]?.message).toContain(message);
  return result.body.errors[0]?.code;
};

describe('GET /ticket_types', () => {
  it('lists two ticket types with their attributes, default title/description and states', async () => {
    const { status, body } = await call<{ type: string; data: TicketTypeJson[] }>(sandbox, 'GET', '/ticket_types');
    expect(status).toBe(200);
    expect(body.type).toBe('list');
    expect(body.data.map((t) => t.name)).toEqual(['Bug report', 'Refund request']);
    for (const type of body.data) {
      const names = type.ticket_type_attributes.data.map((a) => a.name);
      expect(names).toEqual(expect.arrayContaining(['_default_title_', '_default_description_']));
      expect(type.ticket_states.data.map((s) => s.category)).toEqual(['submitted', 'in_progress', 'waiting_on_customer', 'resolved']);
    }
    const refund = body.data[1]?.ticket_type_attributes.data.filter((a) => a.required_to_create).map((a) => a.name);
    expect(refund).toEqual(['_default_title_', 'order_id', 'amount']);
  });
});

describe('POST /tickets', () => {
  beforeEach(() => sandbox.reset());

  it('creates a submitted ticket for a contact by id', async () => {
    const { status, body } = await create(bug({ assignment: { admin_assignee_id: seedAdminIds.lucas }, conversation_to_link_id: seedConversationIds.webhookRetries }));
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: 'ticket', ticket_id: '4', ticket_state: { category: 'submitted' }, ticket_type: { id: seedTicketTypeIds.bugReport }, admin_assignee_id: Number(seedAdminIds.lucas) });
    expect(body.ticket_attributes).toEqual(bug().ticket_attributes);
    expect(body.contacts.contacts).toEqual([{ type: 'contact', id: seedContactIds.chloe, external_id: 'usr_1007' }]);
    expect(body.linked_objects.data).toEqual([{ type: 'conversation', id: seedConversationIds.webhookRetries, category: null }]);
    expect((await call<TicketJson>(sandbox, 'GET', `/tickets/${body.id}`)).body).toEqual(body);
  });

  it('finds the contact by external_id, and accepts a numeric ticket_type_id like the spec example', async () => {
    const { body } = await create(bug({ ticket_type_id: Number(seedTicketTypeIds.bugReport), contacts: [{ external_id: 'usr_1003' }] }));
    expect(body.contacts.contacts[0]?.id).toBe(seedContactIds.sofia);
  });

  it('uses the contact with that email, and creates one when none exists', async () => {
    const existing = await create(bug({ contacts: [{ email: 'noah.williams@williams-co.example' }] }));
    expect(existing.body.contacts.contacts[0]?.id).toBe(seedContactIds.noah);
    const fresh = await create(bug({ contacts: [{ email: 'new.reporter@example.com' }] }));
    const search = await call<ContactListJson>(sandbox, 'POST', '/contacts/search', { body: { query: { field: 'email', operator: '=', value: 'new.reporter@example.com' } } });
    expect(search.body.data.map((c) => c.id)).toEqual([fresh.body.contacts.contacts[0]?.id]);
  });

  it('requires ticket_type_id of a type that exists', async () => {
    expect(await rejected(bug({ ticket_type_id: undefined }), 'ticket_type_id is required')).toBe('parameter_not_found');
    expect(await rejected(bug({ ticket_type_id: '999' }), 'Ticket type 999 was not found')).toBe('parameter_invalid');
  });

  it('requires exactly one contact given by one of id, external_id or email', async () => {
    await rejected(bug({ contacts: undefined }), 'contacts is required');
    await rejected(bug({ contacts: [] }), 'contacts must be an array with one contact');
    await rejected(bug({ contacts: [{ id: seedContactIds.chloe }, { id: seedContactIds.noah }] }), 'Currently only one contact is allowed');
    await rejected(bug({ contacts: [{ id: seedContactIds.chloe, email: 'chloe.dubois@atelier-dubois.example' }] }), 'exactly one of id, external_id or email');
    await rejected(bug({ contacts: [{ id: 'missing' }] }), 'Contact missing was not found');
    await rejected(bug({ contacts: [{ external_id: 'nobody' }] }), 'No contact with external_id nobody');
    await rejected(bug({ contacts: [{ email: 'nope' }] }), 'is not a valid email address');
  });

  it('enforces required_to_create attributes with 400', async () => {
    const code = await rejected(bug({ ticket_attributes: { _default_description_: 'no title' } }), "Ticket type 'Bug report' requires '_default_title_', 'severity' in ticket_attributes");
    expect(code).toBe('parameter_not_found');
    await rejected({ ticket_type_id: seedTicketTypeIds.refundRequest, contacts: [{ id: seedContactIds.noah }], ticket_attributes: { _default_title_: 'Refund' } }, "requires 'order_id', 'amount'");
  });

  it('checks attribute names and types against the ticket type', async () => {
    await rejected(bug({ ticket_attributes: { ...bug().ticket_attributes, colour: 'red' } }), "Ticket type 'Bug report' has no attribute 'colour'");
    await rejected(bug({ ticket_attributes: { ...bug().ticket_attributes, severity: 'High' } }), "'severity' must be the id of one of its list options: 5001 (Low)");
    await rejected(bug({ ticket_attributes: { ...bug().ticket_attributes, customers_affected: 2.5 } }), "'customers_affected' must be an integer");
    await rejected(bug({ ticket_attributes: { ...bug().ticket_attributes, reproducible: 'yes' } }), "'reproducible' must be true or false");
  });

  it('answers 404 for a conversation to link that does not exist', async () => {
    expect((await create(bug({ conversation_to_link_id: '1' }))).status).toBe(404);
  });
});

describe('GET /tickets/:id', () => {
  it('returns a seeded ticket by its internal id, linked to its conversation', async () => {
    const { status, body } = await call<TicketJson>(sandbox, 'GET', `/tickets/${seedTicketIds.exportBug}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: seedTicketIds.exportBug, ticket_id: '1', ticket_state: { category: 'in_progress' } });
    expect(body.linked_objects.data).toEqual([{ type: 'conversation', id: seedConversationIds.exportFailing, category: null }]);
  });

  it('answers 404 for an unknown id, including the Inbox number of a ticket', async () => {
    const { status, body } = await call<ErrorJson>(sandbox, 'GET', '/tickets/1');
    expect(status).toBe(404);
    expect(body.errors[0]?.code).toBe('not_found');
  });
});

import { invalidParameter, resourceNotFound } from '../http/errors.js';
import type { SandboxApp } from '../http/env.js';
import { jsonResponse, readJsonObject } from '../http/json.js';
import { contactRecord } from '../seed/contact-defaults.js';
import type { SandboxStore } from '../store/store.js';
import type { ContactRecord, TicketRecord, TicketStateRecord } from '../store/types.js';
import { ticketTypeView, ticketView } from '../views/ticket-view.js';
import { parseTicketInput, type TicketContactRef } from './ticket-input.js';

/** The contact a ticket is for; an unknown email creates a user, as Intercom does. */
function resolveTicketContact(store: SandboxStore, ref: TicketContactRef): ContactRecord {
  if ('id' in ref) {
    const contact = store.contacts.get(ref.id);
    const live = contact && store.canonicalContact(contact);
    if (!live) throw invalidParameter(`Contact ${ref.id} was not found`);
    return live;
  }
  if ('external_id' in ref) {
    const contact = store.findLiveContact((c) => c.external_id === ref.external_id);
    if (!contact) throw invalidParameter(`No contact with external_id ${ref.external_id}`);
    return contact;
  }
  const email = ref.email.toLowerCase();
  const existing = store.findLiveContact((c) => c.role === 'user' && c.email?.toLowerCase() === email) ?? store.findLiveContact((c) => c.email?.toLowerCase() === email);
  if (existing) return existing;
  const now = store.now();
  const created = contactRecord({ id: store.newContactId(now), role: 'user', email: ref.email, created_at: now });
  store.contacts.set(created.id, created);
  return created;
}

/** Tickets (create, get), the ticket types they are made from, and the states of those types. */
export function registerTicketRoutes(app: SandboxApp, store: SandboxStore): void {
  app.get('/ticket_types', (c) =>
    jsonResponse(c, { type: 'list', data: [...store.ticketTypes.values()].map((type) => ticketTypeView(type, store.workspaceId)) }),
  );

  // Every state of every ticket type, each with the types that use it (`ticket_state_list`).
  app.get('/ticket_states', (c) => {
    const types = [...store.ticketTypes.values()];
    const states = types.flatMap((type) => type.states);
    return jsonResponse(c, {
      type: 'list',
      data: states.map((state) => ({
        type: 'ticket_state',
        ...state,
        archived: false,
        ticket_types: { type: 'list', data: types.filter((type) => type.states.some((s) => s.id === state.id)).map((type) => ticketTypeView(type, store.workspaceId)) },
      })),
    });
  });

  app.post('/tickets', async (c) => {
    const input = parseTicketInput(await readJsonObject(c), store);
    const contact = resolveTicketContact(store, input.contact);
    const now = store.now();
    const submitted = input.type.states.find((s) => s.category === 'submitted') as TicketStateRecord;
    const owner = store.tokenOwner();
    const ticket: TicketRecord = {
      ...store.newTicketIds(),
      ticket_type_id: input.type.id,
      ticket_attributes: input.attributes,
      state_id: submitted.id,
      contact_ids: [contact.id],
      admin_assignee_id: input.adminAssigneeId,
      team_assignee_id: input.teamAssigneeId,
      created_at: input.createdAt ?? now,
      updated_at: now,
      open: true,
      linked_conversation_id: input.conversationId,
      parts: [
        {
          id: store.newTicketPartId(),
          part_type: 'ticket_state_updated_by_admin',
          body: null,
          previous_ticket_state: 'submitted',
          ticket_state: 'submitted',
          created_at: now,
          author: { type: 'admin', id: owner.id, name: owner.name, email: owner.email },
        },
      ],
    };
    store.tickets.set(ticket.id, ticket);
    return jsonResponse(c, ticketView(ticket, store));
  });

  app.get('/tickets/:id', (c) => {
    const ticket = store.tickets.get(c.req.param('id'));
    if (!ticket) throw resourceNotFound('Ticket Not Found');
    return jsonResponse(c, ticketView(ticket, store));
  });
}

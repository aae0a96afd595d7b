import { IntercomApiError, resourceNotFound } from '../http/errors.js';
import type { SandboxApp } from '../http/env.js';
import { jsonResponse, readJsonObject } from '../http/json.js';
import { adminAuthor } from '../store/authors.js';
import type { SandboxStore } from '../store/store.js';
import type { TicketRecord, TicketTypeRecord } from '../store/types.js';
import { partView, ticketView } from '../views/ticket-view.js';
import { parseReply } from './reply-input.js';
import { parseTicketUpdate } from './ticket-update-input.js';

function findTicket(store: SandboxStore, id: string): { ticket: TicketRecord; type: TicketTypeRecord } {
  const ticket = store.tickets.get(id);
  if (!ticket) throw resourceNotFound('Resource Not Found');
  return { ticket, type: store.ticketTypes.get(ticket.ticket_type_id) as TicketTypeRecord };
}

const categoryOf = (ticket: TicketRecord, type: TicketTypeRecord) => (type.states.find((s) => s.id === ticket.state_id) ?? type.states[0])?.category ?? 'submitted';

/** Changing a ticket (`PUT /tickets/{id}`) and replying to it (`POST /tickets/{id}/reply`); both stay on the ticket. */
export function registerTicketChangeRoutes(app: SandboxApp, store: SandboxStore): void {
  app.put('/tickets/:id', async (c) => {
    const { ticket, type } = findTicket(store, c.req.param('id'));
    const update = parseTicketUpdate(await readJsonObject(c), type, store);
    const now = store.now();
    const author = adminAuthor(update.admin ?? store.tokenOwner());
    if (update.attributes) ticket.ticket_attributes = { ...ticket.ticket_attributes, ...update.attributes };
    if (update.state && update.state.id !== ticket.state_id) {
      const previous = categoryOf(ticket, type);
      ticket.state_id = update.state.id;
      ticket.parts.push({ id: store.newTicketPartId(), part_type: 'ticket_state_updated_by_admin', body: null, previous_ticket_state: previous, ticket_state: update.state.category, created_at: now, author });
    }
    if (update.assignee) {
      if (update.assignee.type === 'nobody') {
        ticket.admin_assignee_id = 0;
        ticket.team_assignee_id = 0;
      } else if (update.assignee.type === 'admin') ticket.admin_assignee_id = update.assignee.id;
      else ticket.team_assignee_id = update.assignee.id;
    }
    if (update.snoozedUntil !== undefined) ticket.snoozed_until = update.snoozedUntil;
    // Closing a ticket also unsnoozes it.
    if (update.open !== undefined) {
      ticket.open = update.open;
      if (!update.open) ticket.snoozed_until = null;
    }
    ticket.updated_at = now;
    return jsonResponse(c, ticketView(ticket, store));
  });

  app.post('/tickets/:id/reply', async (c) => {
    const { ticket, type } = findTicket(store, c.req.param('id'));
    const reply = parseReply(await readJsonObject(c), store);
    if (reply.author.type !== 'admin' && type.category === 'Back-office') {
      throw new IntercomApiError(400, 'parameter_mismatch', 'User replies are not allowed on Backoffice tickets');
    }
    const now = store.now();
    const category = categoryOf(ticket, type);
    const part = { id: store.newTicketPartId(), part_type: reply.partType, body: reply.body, previous_ticket_state: category, ticket_state: category, created_at: reply.createdAt ?? now, author: reply.author };
    ticket.parts.push(part);
    ticket.updated_at = now;
    const { previous_ticket_state: _previous, ticket_state: _state, ...answer } = partView(part);
    return jsonResponse(c, answer);
  });
}

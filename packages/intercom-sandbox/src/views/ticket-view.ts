import type { SandboxStore } from '../store/store.js';
import type { TicketPartRecord, TicketRecord, TicketStateRecord, TicketTypeRecord } from '../store/types.js';
import { contactReference } from './contact-view.js';

const stateView = (state: TicketStateRecord) => ({ type: 'ticket_state', ...state });

/** A ticket type as `GET /ticket_types` lists it, with its attributes and states. */
export function ticketTypeView(type: TicketTypeRecord, workspaceId: string): Record<string, unknown> {
  return {
    type: 'ticket_type',
    id: type.id,
    category: type.category,
    name: type.name,
    description: type.description,
    icon: type.icon,
    workspace_id: workspaceId,
    archived: false,
    created_at: type.created_at,
    updated_at: type.updated_at,
    is_internal: type.category !== 'Customer',
    ticket_type_attributes: {
      type: 'list',
      data: type.attributes.map((attribute) => ({
        type: 'ticket_type_attribute',
        workspace_id: workspaceId,
        ...attribute,
        ticket_type_id: Number(type.id),
        archived: false,
        created_at: type.created_at,
        updated_at: type.updated_at,
      })),
    },
    ticket_states: { type: 'list', data: type.states.map(stateView) },
  };
}

/** A ticket part as a ticket lists it, and as a reply answers it (`ticket_reply`). */
export const partView = (part: TicketPartRecord) => ({
  type: 'ticket_part',
  id: part.id,
  part_type: part.part_type,
  ...(part.body === null ? {} : { body: part.body }),
  previous_ticket_state: part.previous_ticket_state,
  ticket_state: part.ticket_state,
  created_at: part.created_at,
  updated_at: part.created_at,
  // Ticket part authors are admin, bot, team or user: a lead reads as a user.
  author: { id: part.author.id, type: part.author.type === 'lead' ? 'user' : part.author.type, name: part.author.name, email: part.author.email },
  attachments: [],
  redacted: false,
});

/** A ticket as `GET /tickets/{id}` and `POST /tickets` return it. */
export function ticketView(ticket: TicketRecord, store: SandboxStore): Record<string, unknown> {
  const type = store.ticketTypes.get(ticket.ticket_type_id) as TicketTypeRecord;
  const state = type.states.find((s) => s.id === ticket.state_id) ?? type.states[0];
  if (!state) throw new Error(`Ticket type ${type.id} has no states`);
  const linked = ticket.linked_conversation_id === null ? [] : [{ type: 'conversation', id: ticket.linked_conversation_id, category: null }];
  const previous = ticket.parts.at(-1)?.previous_ticket_state;
  return {
    type: 'ticket',
    id: ticket.id,
    ticket_id: ticket.ticket_id,
    category: type.category,
    ticket_attributes: { ...ticket.ticket_attributes },
    ticket_state: stateView(state),
    ticket_type: ticketTypeView(type, store.workspaceId),
    contacts: { type: 'contact.list', contacts: ticket.contact_ids.map((id) => contactReference(id, store)) },
    admin_assignee_id: ticket.admin_assignee_id,
    team_assignee_id: ticket.team_assignee_id,
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    open: ticket.open,
    ...(ticket.snoozed_until === undefined || ticket.snoozed_until === null ? {} : { snoozed_until: ticket.snoozed_until }),
    linked_objects: { type: 'list', data: linked, total_count: linked.length, has_more: false },
    ticket_parts: { type: 'ticket_part.list', ticket_parts: ticket.parts.map(partView), total_count: ticket.parts.length },
    is_shared: type.category === 'Customer',
    previous_ticket_state_id: previous === undefined || previous === state.category ? null : (type.states.find((s) => s.category === previous)?.id ?? null),
  };
}

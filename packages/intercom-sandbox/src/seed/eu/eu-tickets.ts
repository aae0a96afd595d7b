import type { AdminRecord, TicketRecord, TicketTypeRecord } from '../../store/types.js';
import { attribute, listOptions, states } from '../ticket-types.js';
import { at } from '../time.js';
import { euContactIds } from './eu-contacts.js';
import { euConversationIds } from './eu-conversations.js';
import { euAdminIds, EU_SUPPORT_TEAM_ID } from './eu-workspace.js';

export const euTicketTypeIds = { bookingChange: '201' } as const;
export const euTicketIds = { hotelMove: '901' } as const;

/** One ticket type: a booking change, with the booking reference and the kind of change required. */
export const euTicketTypes = (): TicketTypeRecord[] => [
  {
    id: euTicketTypeIds.bookingChange,
    name: 'Booking change',
    description: 'A traveller asks to change a booking',
    icon: '🧳',
    category: 'Customer',
    created_at: at('2023-03-01T09:00:00Z'),
    updated_at: at('2024-10-01T09:00:00Z'),
    states: states(euTicketTypeIds.bookingChange),
    attributes: [
      attribute(0, { id: '3101', name: '_default_title_', description: 'What should change', data_type: 'string', input_options: { multiline: false }, required_to_create: true, default: true }),
      attribute(1, { id: '3102', name: '_default_description_', description: 'Details of the change', data_type: 'string', input_options: { multiline: true }, default: true }),
      attribute(2, { id: '3103', name: 'booking_reference', description: 'The booking to change', data_type: 'string', input_options: { multiline: false }, required_to_create: true }),
      attribute(3, { id: '3104', name: 'change_kind', description: 'What kind of change', data_type: 'list', input_options: listOptions([['6101', 'Date'], ['6102', 'Room'], ['6103', 'Cancellation']]) }),
    ],
  },
];

/** One ticket: Astrid's hotel night moved after the ferry delay, in progress. */
export function euTickets(admins: AdminRecord[]): TicketRecord[] {
  const tomas = admins.find((a) => a.id === euAdminIds.tomas) as AdminRecord;
  const created = at('2025-05-30T06:52:00Z');
  return [
    {
      id: euTicketIds.hotelMove,
      ticket_id: '1',
      ticket_type_id: euTicketTypeIds.bookingChange,
      ticket_attributes: { _default_title_: 'Move hotel night in Bergen', _default_description_: 'Ferry delayed; move the night of 30 May to 31 May.', booking_reference: 'FJ-48213', change_kind: '6101' },
      state_id: `${euTicketTypeIds.bookingChange}2`,
      contact_ids: [euContactIds.astrid],
      admin_assignee_id: Number(tomas.id),
      team_assignee_id: EU_SUPPORT_TEAM_ID,
      created_at: created,
      updated_at: created,
      open: true,
      linked_conversation_id: euConversationIds.ferryDelay,
      parts: [
        { id: '9001', part_type: 'ticket_state_updated_by_admin', body: null, previous_ticket_state: 'submitted', ticket_state: 'in_progress', created_at: created, author: { type: 'admin', id: tomas.id, name: tomas.name, email: tomas.email } },
      ],
    },
  ];
}

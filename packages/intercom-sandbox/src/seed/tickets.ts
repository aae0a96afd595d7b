import type { AdminRecord, TicketRecord } from '../store/types.js';
import { seedContactIds } from './contacts.js';
import { seedConversationIds } from './conversations.js';
import { seedTicketTypeIds } from './ticket-types.js';
import { at } from './time.js';
import { seedAdminIds, SUPPORT_TEAM_ID, BILLING_TEAM_ID } from './workspace.js';

export const seedTicketIds = { exportBug: '701', duplicateCharge: '702', iosLoginBug: '703' } as const;

/** Three tickets: an open bug linked to a conversation, a refund in progress and a resolved bug. */
export function seedTickets(admins: AdminRecord[]): TicketRecord[] {
  const admin = (id: string) => {
    const found = admins.find((a) => a.id === id) as AdminRecord;
    return { type: 'admin' as const, id: found.id, name: found.name, email: found.email };
  };
  return [
    {
      id: seedTicketIds.exportBug,
      ticket_id: '1',
      ticket_type_id: seedTicketTypeIds.bugReport,
      ticket_attributes: {
        _default_title_: 'CSV export times out above 250k rows',
        _default_description_: 'Monthly ledger export fails with "Export timed out" for reports over 250k rows.',
        severity: '5003',
        affected_version: '2025.05.2',
        customers_affected: 3,
        reproducible: true,
      },
      state_id: `${seedTicketTypeIds.bugReport}2`,
      contact_ids: [seedContactIds.amara],
      admin_assignee_id: Number(seedAdminIds.lucas),
      team_assignee_id: SUPPORT_TEAM_ID,
      created_at: at('2025-05-28T11:32:00Z'),
      updated_at: at('2025-05-28T11:40:00Z'),
      open: true,
      linked_conversation_id: seedConversationIds.exportFailing,
      parts: [
        { id: '8001', part_type: 'ticket_state_updated_by_admin', body: null, previous_ticket_state: 'submitted', ticket_state: 'submitted', created_at: at('2025-05-28T11:32:00Z'), author: admin(seedAdminIds.lucas) },
        { id: '8002', part_type: 'ticket_state_updated_by_admin', body: null, previous_ticket_state: 'submitted', ticket_state: 'in_progress', created_at: at('2025-05-28T11:40:00Z'), author: admin(seedAdminIds.lucas) },
      ],
    },
    {
      id: seedTicketIds.duplicateCharge,
      ticket_id: '2',
      ticket_type_id: seedTicketTypeIds.refundRequest,
      ticket_attributes: {
        _default_title_: 'Refund duplicate May charge',
        _default_description_: 'Card was charged twice for the May invoice.',
        order_id: 'ord_88412',
        amount: 87,
        refund_reason: '5104',
        approved: false,
        purchase_date: at('2025-05-01T00:00:00Z'),
      },
      state_id: `${seedTicketTypeIds.refundRequest}1`,
      contact_ids: [seedContactIds.noah],
      admin_assignee_id: Number(seedAdminIds.priya),
      team_assignee_id: BILLING_TEAM_ID,
      created_at: at('2025-05-21T13:20:00Z'),
      updated_at: at('2025-05-21T13:20:00Z'),
      open: true,
      linked_conversation_id: null,
      parts: [
        { id: '8003', part_type: 'ticket_state_updated_by_admin', body: null, previous_ticket_state: 'submitted', ticket_state: 'submitted', created_at: at('2025-05-21T13:20:00Z'), author: admin(seedAdminIds.priya) },
      ],
    },
    {
      id: seedTicketIds.iosLoginBug,
      ticket_id: '3',
      ticket_type_id: seedTicketTypeIds.bugReport,
      ticket_attributes: {
        _default_title_: 'iOS login rejects passwords with accents',
        _default_description_: null,
        severity: '5002',
        affected_version: 'iOS 4.2.0',
        customers_affected: 11,
        reproducible: true,
      },
      state_id: `${seedTicketTypeIds.bugReport}4`,
      contact_ids: [seedContactIds.sofia],
      admin_assignee_id: Number(seedAdminIds.lucas),
      team_assignee_id: SUPPORT_TEAM_ID,
      created_at: at('2025-04-02T09:55:00Z'),
      updated_at: at('2025-04-03T16:00:00Z'),
      open: false,
      linked_conversation_id: seedConversationIds.mobileLogin,
      parts: [
        { id: '8004', part_type: 'ticket_state_updated_by_admin', body: null, previous_ticket_state: 'submitted', ticket_state: 'submitted', created_at: at('2025-04-02T09:55:00Z'), author: admin(seedAdminIds.lucas) },
        { id: '8005', part_type: 'ticket_state_updated_by_admin', body: '<p>Fixed in iOS 4.2.1</p>', previous_ticket_state: 'submitted', ticket_state: 'resolved', created_at: at('2025-04-03T16:00:00Z'), author: admin(seedAdminIds.lucas) },
      ],
    },
  ];
}

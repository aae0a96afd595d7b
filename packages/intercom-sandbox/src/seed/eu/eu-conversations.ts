import type { AdminRecord, AuthorRecord, ContactRecord, ConversationRecord } from '../../store/types.js';
import { at } from '../time.js';
import { euContactIds } from './eu-contacts.js';
import { euAdminIds, EU_SUPPORT_TEAM_ID } from './eu-workspace.js';

export const euConversationIds = { ferryDelay: '318800000000201', groupQuote: '318800000000202' } as const;

const author = (person: ContactRecord | AdminRecord, type: AuthorRecord['type']): AuthorRecord => ({ type, id: person.id, name: person.name, email: person.email ?? '' });

/** Two conversations: an open one about a delayed ferry, answered by Tomás, and a lead's unanswered question. */
export function euConversations(contacts: ContactRecord[], admins: AdminRecord[], nextPartId: () => string): ConversationRecord[] {
  const contact = (id: string) => contacts.find((c) => c.id === id) as ContactRecord;
  const admin = (id: string) => admins.find((a) => a.id === id) as AdminRecord;
  const astrid = contact(euContactIds.astrid);
  const lead = contact(euContactIds.groupLead);
  const tomas = admin(euAdminIds.tomas);
  const started = at('2025-05-30T06:40:00Z');
  const replied = started + 12 * 60;
  return [
    {
      id: euConversationIds.ferryDelay,
      title: 'Ferry to Bergen delayed',
      created_at: started,
      updated_at: replied,
      waiting_since: null,
      snoozed_until: null,
      state: 'open',
      read: true,
      priority: 'medium',
      admin_assignee_id: Number(tomas.id),
      team_assignee_id: EU_SUPPORT_TEAM_ID,
      tags: [],
      contact_ids: [astrid.id],
      source: { id: '513000201', delivered_as: 'customer_initiated', subject: '', body: '<p>My ferry to Bergen this morning is delayed. Can I move my hotel night?</p>', author: author(astrid, 'user'), channel: 'chat' },
      custom_attributes: {},
      parts: [
        { id: nextPartId(), part_type: 'comment', body: '<p>Hi Astrid, yes: I have moved your hotel night to tomorrow at no cost.</p>', created_at: replied, author: author(tomas, 'admin'), assigned_to: null, state: 'open' },
      ],
    },
    {
      id: euConversationIds.groupQuote,
      title: null,
      created_at: at('2025-05-05T14:01:00Z'),
      updated_at: at('2025-05-05T14:01:00Z'),
      waiting_since: at('2025-05-05T14:01:00Z'),
      snoozed_until: null,
      state: 'open',
      read: false,
      priority: 'none',
      admin_assignee_id: 0,
      team_assignee_id: 0,
      tags: [],
      contact_ids: [lead.id],
      source: { id: '513000202', delivered_as: 'customer_initiated', subject: 'Group quote', body: '<p>Could you quote a fjord cruise for 28 pupils and 3 teachers in September?</p>', author: author(lead, 'lead'), channel: 'email' },
      custom_attributes: {},
      parts: [],
    },
  ];
}

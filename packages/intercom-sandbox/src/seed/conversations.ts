import { adminAuthor, contactAuthor } from '../store/authors.js';
import type { AdminRecord, ContactRecord, ConversationPartRecord, ConversationRecord } from '../store/types.js';
import { seedContactIds } from './contacts.js';
import { at } from './time.js';
import { seedAdminIds, seedTagIds, SUPPORT_TEAM_ID, BILLING_TEAM_ID } from './workspace.js';

type AdminKey = keyof typeof seedAdminIds;
type Line =
  | { by: 'contact' | AdminKey; part: 'comment' | 'note'; body: string; after: number }
  | { by: AdminKey; part: 'assignment'; to: AdminKey; after: number }
  | { by: AdminKey | 'contact'; part: 'close' | 'open'; after: number };

interface Script {
  id: string;
  contact: keyof typeof seedContactIds;
  startedAt: string;
  subject?: string;
  title: string | null;
  channel: 'chat' | 'email';
  opening: string;
  state: ConversationRecord['state'];
  priority: ConversationRecord['priority'];
  read: boolean;
  team?: number;
  tags?: string[];
  lines: Line[];
}

/** Conversation ids, by what they are about. */
export const seedConversationIds = {
  exportFailing: '215470000000101',
  invoiceQuestion: '215470000000102',
  ssoSetup: '215470000000103',
  pricingLead: '215470000000104',
  webhookRetries: '215470000000105',
  cancelPlan: '215470000000106',
  mobileLogin: '215470000000107',
  seatIncrease: '215470000000108',
  dataResidency: '215470000000109',
  featureRequest: '215470000000110',
} as const;

const SCRIPTS: Script[] = [
  {
    id: seedConversationIds.exportFailing,
    contact: 'amara',
    startedAt: '2025-05-28T10:58:00Z',
    title: 'CSV export fails for large reports',
    channel: 'chat',
    opening: '<p>Hi! Our monthly CSV export has been failing since yesterday with "Export timed out". It is the Q2 ledger report, about 400k rows.</p>',
    state: 'open',
    priority: 'high',
    read: true,
    team: SUPPORT_TEAM_ID,
    tags: [seedTagIds.vip],
    lines: [
      { by: 'maya', part: 'assignment', to: 'lucas', after: 2 },
      { by: 'lucas', part: 'comment', body: '<p>Hi Amara, thanks for the details. I can reproduce the timeout on reports over 250k rows. Could you try the export with the date range split in two while we fix it?</p>', after: 6 },
      { by: 'contact', part: 'comment', body: '<p>Splitting works as a workaround, thanks. Is there an ETA for the fix?</p>', after: 30 },
      { by: 'lucas', part: 'note', body: '<p>Engineering ticket opened, the fix ships with the next release (Tuesday).</p>', after: 34 },
      { by: 'lucas', part: 'comment', body: '<p>The fix is scheduled for Tuesday. I will update you here as soon as it is live.</p>', after: 36 },
    ],
  },
  {
    id: seedConversationIds.invoiceQuestion,
    contact: 'jonas',
    startedAt: '2025-05-12T07:41:00Z',
    subject: 'Invoice INV-2025-0412 shows the wrong VAT number',
    title: 'Wrong VAT number on invoice',
    channel: 'email',
    opening: '<p>Hello, our invoice INV-2025-0412 shows our old VAT number DE811907980. Could you reissue it with DE298765431?</p>',
    state: 'closed',
    priority: 'none',
    read: true,
    team: BILLING_TEAM_ID,
    lines: [
      { by: 'priya', part: 'comment', body: '<p>Hi Jonas, I have updated the VAT number on your account and reissued the invoice. You will find it under Billing &gt; Invoices.</p>', after: 95 },
      { by: 'contact', part: 'comment', body: '<p>Perfect, got it. Thank you!</p>', after: 140 },
      { by: 'priya', part: 'close', after: 141 },
    ],
  },
  {
    id: seedConversationIds.ssoSetup,
    contact: 'mateo',
    startedAt: '2025-05-15T08:30:00Z',
    title: 'Setting up SAML SSO with Okta',
    channel: 'chat',
    opening: '<p>We are rolling out Okta. Where do I find the ACS URL and entity ID for SAML?</p>',
    state: 'closed',
    priority: 'medium',
    read: true,
    team: SUPPORT_TEAM_ID,
    tags: [seedTagIds.enterprise],
    lines: [
      { by: 'maya', part: 'comment', body: '<p>Hi Mateo! Both are under Settings &gt; Security &gt; Single sign-on once SAML is enabled for your workspace. I have just enabled it.</p>', after: 4 },
      { by: 'contact', part: 'comment', body: '<p>Found them, the Okta app is configured. Test login worked.</p>', after: 28 },
      { by: 'maya', part: 'close', after: 30 },
    ],
  },
  {
    id: seedConversationIds.pricingLead,
    contact: 'hiro',
    startedAt: '2024-07-01T08:01:00Z',
    title: null,
    channel: 'chat',
    opening: '<p>Do you offer discounts for design studios with fewer than 10 people?</p>',
    state: 'open',
    priority: 'none',
    read: false,
    lines: [],
  },
  {
    id: seedConversationIds.webhookRetries,
    contact: 'chloe',
    startedAt: '2025-05-29T16:50:00Z',
    title: 'Webhook retries and idempotency',
    channel: 'chat',
    opening: '<p>How many times do you retry a webhook that returns 500, and do retries carry the same event id?</p>',
    state: 'snoozed',
    priority: 'low',
    read: true,
    team: SUPPORT_TEAM_ID,
    tags: [seedTagIds.beta],
    lines: [
      { by: 'lucas', part: 'comment', body: '<p>We retry up to 5 times with exponential backoff, and every retry keeps the same <code>event_id</code>, so you can deduplicate on it.</p>', after: 12 },
      { by: 'contact', part: 'comment', body: '<p>Great. And is the order of events guaranteed?</p>', after: 25 },
      { by: 'lucas', part: 'note', body: '<p>Checking with the platform team about ordering guarantees.</p>', after: 27 },
    ],
  },
  {
    id: seedConversationIds.cancelPlan,
    contact: 'noah',
    startedAt: '2025-05-21T13:02:00Z',
    subject: 'Cancel our subscription',
    title: 'Cancellation request',
    channel: 'email',
    opening: '<p>We would like to cancel our Starter plan at the end of the billing period.</p>',
    state: 'open',
    priority: 'urgent',
    read: true,
    team: BILLING_TEAM_ID,
    tags: [seedTagIds.churnRisk],
    lines: [
      { by: 'priya', part: 'note', body: '<p>Account is 6 months old, low usage. Offer the 2-month discount before cancelling.</p>', after: 5 },
      { by: 'priya', part: 'comment', body: '<p>Hi Noah, sorry to see you go. Before I process this: we can offer two months at 50% while you evaluate. Would that help?</p>', after: 8 },
    ],
  },
  {
    id: seedConversationIds.mobileLogin,
    contact: 'sofia',
    startedAt: '2025-04-02T09:40:00Z',
    title: 'Cannot log in on iOS app',
    channel: 'chat',
    opening: '<p>Hola, the iOS app keeps saying my password is wrong but it works on the web.</p>',
    state: 'closed',
    priority: 'none',
    read: true,
    team: SUPPORT_TEAM_ID,
    lines: [
      { by: 'lucas', part: 'comment', body: '<p>Hi Sofía, this was a bug in app version 4.2.0 with passwords containing accents. Version 4.2.1 fixes it; could you update the app?</p>', after: 10 },
      { by: 'contact', part: 'comment', body: '<p>Updated and it works now, gracias!</p>', after: 17 },
      { by: 'lucas', part: 'close', after: 18 },
    ],
  },
  {
    id: seedConversationIds.seatIncrease,
    contact: 'amara',
    startedAt: '2025-04-10T14:00:00Z',
    title: 'Add 20 seats',
    channel: 'email',
    subject: 'Seat increase for Q2',
    opening: '<p>Please add 20 seats to our enterprise plan, effective immediately.</p>',
    state: 'closed',
    priority: 'none',
    read: true,
    team: BILLING_TEAM_ID,
    tags: [seedTagIds.vip],
    lines: [
      { by: 'priya', part: 'comment', body: '<p>Done: your plan now has 120 seats. The prorated charge appears on the next invoice.</p>', after: 45 },
      { by: 'priya', part: 'close', after: 46 },
    ],
  },
  {
    id: seedConversationIds.dataResidency,
    contact: 'mateo',
    startedAt: '2025-05-30T15:20:00Z',
    title: 'EU data residency',
    channel: 'chat',
    opening: '<p>Can we move our workspace data to the EU region?</p>',
    state: 'open',
    priority: 'medium',
    read: false,
    lines: [{ by: 'maya', part: 'assignment', to: 'maya', after: 1 }],
  },
  {
    id: seedConversationIds.featureRequest,
    contact: 'chloe',
    startedAt: '2025-03-11T11:00:00Z',
    title: 'Dark mode for the dashboard',
    channel: 'chat',
    opening: '<p>Any plans for a dark mode? Our team works late and would love it.</p>',
    state: 'closed',
    priority: 'low',
    read: true,
    lines: [
      { by: 'maya', part: 'comment', body: '<p>It is on the roadmap for this summer. I have added your vote!</p>', after: 20 },
      { by: 'contact', part: 'open', after: 60 * 24 * 30 },
      { by: 'contact', part: 'comment', body: '<p>Any news on dark mode?</p>', after: 60 * 24 * 30 },
      { by: 'maya', part: 'comment', body: '<p>Beta opens next month, you are on the list.</p>', after: 60 * 24 * 30 + 15 },
      { by: 'maya', part: 'close', after: 60 * 24 * 30 + 16 },
    ],
  },
];


/**
 * The seeded conversations, each opened by a contact with replies, notes, assignments and closes.
 * @param nextPartId hands out conversation part ids in order
 */
export function seedConversations(contacts: ContactRecord[], admins: AdminRecord[], nextPartId: () => string): ConversationRecord[] {
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const adminByKey = (key: AdminKey) => admins.find((a) => a.id === seedAdminIds[key]) as AdminRecord;
  return SCRIPTS.map((script) => {
    const contact = contactById.get(seedContactIds[script.contact]) as ContactRecord;
    const startedAt = at(script.startedAt);
    let state: ConversationRecord['state'] = 'open';
    let assignee = 0;
    let waitingSince: number | null = startedAt;
    const parts: ConversationPartRecord[] = script.lines.map((line) => {
      const created = startedAt + line.after * 60;
      const author = line.by === 'contact' ? contactAuthor(contact) : adminAuthor(adminByKey(line.by));
      let body: string | null = null;
      let assignedTo: ConversationPartRecord['assigned_to'] = null;
      if (line.part === 'comment' || line.part === 'note') body = line.body;
      if (line.part === 'assignment') {
        assignee = Number(seedAdminIds[line.to]);
        assignedTo = { type: 'admin', id: seedAdminIds[line.to] };
      }
      if (line.part === 'close') state = 'closed';
      if (line.part === 'open') state = 'open';
      if (line.part === 'comment') waitingSince = line.by === 'contact' ? created : null;
      return { id: nextPartId(), part_type: line.part, body, created_at: created, author, assigned_to: assignedTo, state };
    });
    const finalState = script.state;
    const last = parts.at(-1)?.created_at ?? startedAt;
    const firstAdmin = parts.find((p) => p.author.type === 'admin' && p.part_type === 'comment');
    if (assignee === 0 && firstAdmin) assignee = Number(firstAdmin.author.id);
    return {
      id: script.id,
      title: script.title,
      created_at: startedAt,
      updated_at: last,
      waiting_since: finalState === 'open' ? waitingSince : null,
      snoozed_until: finalState === 'snoozed' ? last + 3 * 86_400 : null,
      state: finalState,
      read: script.read,
      priority: script.priority,
      admin_assignee_id: assignee,
      team_assignee_id: script.team ?? 0,
      // Seeded tags were applied by the token's admin when the conversation started.
      tags: (script.tags ?? []).map((id) => ({ id, applied_at: startedAt, applied_by: seedAdminIds.maya })),
      contact_ids: [contact.id],
      source: {
        id: String(403_900_000 + Number(script.id.slice(-3))),
        delivered_as: 'customer_initiated',
        subject: script.subject ?? '',
        body: script.opening,
        author: contactAuthor(contact),
        channel: script.channel,
      },
      custom_attributes: {},
      parts,
    };
  });
}

import type { SandboxStore } from '../store/store.js';
import type { AuthorRecord, ConversationPartRecord, ConversationRecord } from '../store/types.js';
import { appliedTagView } from './tag-view.js';
import { contactReference } from './contact-view.js';
import { htmlToPlaintext } from './plaintext.js';

/** Intercom returns at most the 500 most recent parts of a conversation. */
const MAX_PARTS = 500;

export interface ConversationViewOptions {
  /** Include `conversation_parts` (only `GET /conversations/{id}` and replies do). */
  withParts: boolean;
  /** `display_as=plaintext`: bodies as text instead of HTML. */
  plaintext?: boolean;
}

const authorView = (author: AuthorRecord) => ({ type: author.type, id: author.id, name: author.name, email: author.email });

function partView(part: ConversationPartRecord, plaintext: boolean) {
  return {
    type: 'conversation_part',
    id: part.id,
    part_type: part.part_type,
    body: part.body !== null && plaintext ? htmlToPlaintext(part.body) : part.body,
    created_at: part.created_at,
    updated_at: part.created_at,
    notified_at: part.created_at,
    assigned_to: part.assigned_to,
    author: { ...authorView(part.author), from_ai_agent: false, is_ai_answer: false },
    attachments: [],
    external_id: null,
    redacted: false,
    email_message_metadata: null,
    state: part.state,
    tags: [],
    event_details: null,
    app_package_code: null,
  };
}

function statistics(conversation: ConversationRecord) {
  const comments = conversation.parts.filter((p) => p.part_type === 'comment');
  const adminReplies = comments.filter((p) => p.author.type === 'admin');
  const contactReplies = comments.filter((p) => p.author.type === 'user' || p.author.type === 'lead');
  const closes = conversation.parts.filter((p) => p.part_type === 'close');
  const firstAdmin = adminReplies[0];
  return {
    type: 'conversation_statistics',
    ...(firstAdmin ? { time_to_admin_reply: firstAdmin.created_at - conversation.created_at, first_admin_reply_at: firstAdmin.created_at } : {}),
    ...(adminReplies.length > 0 ? { last_admin_reply_at: adminReplies.at(-1)?.created_at } : {}),
    first_contact_reply_at: conversation.created_at,
    last_contact_reply_at: contactReplies.at(-1)?.created_at ?? conversation.created_at,
    ...(closes.length > 0 ? { first_close_at: closes[0]?.created_at, last_close_at: closes.at(-1)?.created_at, last_closed_by_id: closes.at(-1)?.author.id } : {}),
    count_reopens: conversation.parts.filter((p) => p.part_type === 'open').length,
    count_assignments: conversation.parts.filter((p) => p.part_type === 'assignment').length,
    count_conversation_parts: conversation.parts.length + 1,
  };
}

/** The source's type: how the conversation started (`email` for email, `conversation` for chat). */
export const sourceType = (conversation: ConversationRecord): string => (conversation.source.channel === 'email' ? 'email' : 'conversation');

/** A conversation as `GET /conversations/{id}` (with parts) or `GET /conversations` (without) returns it. */
export function conversationView(conversation: ConversationRecord, store: SandboxStore, options: ConversationViewOptions): Record<string, unknown> {
  const plaintext = options.plaintext ?? false;
  const tickets = [...store.tickets.values()].filter((t) => t.linked_conversation_id === conversation.id);
  const teammates = [...new Set(conversation.parts.filter((p) => p.author.type === 'admin').map((p) => p.author.id))];
  const view: Record<string, unknown> = {
    type: 'conversation',
    id: conversation.id,
    title: conversation.title,
    created_at: conversation.created_at,
    updated_at: conversation.updated_at,
    waiting_since: conversation.waiting_since,
    snoozed_until: conversation.snoozed_until,
    source: {
      type: sourceType(conversation),
      id: conversation.source.id,
      delivered_as: conversation.source.delivered_as,
      subject: conversation.source.subject,
      body: plaintext ? htmlToPlaintext(conversation.source.body) : conversation.source.body,
      author: authorView(conversation.source.author),
      attachments: [],
      url: null,
      redacted: false,
    },
    contacts: { type: 'contact.list', contacts: conversation.contact_ids.map((id) => contactReference(id, store)) },
    first_contact_reply: { created_at: conversation.created_at, type: conversation.source.channel === 'email' ? 'email' : 'conversation', url: null },
    admin_assignee_id: conversation.admin_assignee_id,
    team_assignee_id: conversation.team_assignee_id,
    open: conversation.state !== 'closed',
    state: conversation.state,
    read: conversation.read,
    tags: {
      type: 'tag.list',
      tags: conversation.tags.flatMap((applied) => {
        const tag = store.tags.get(applied.id);
        return tag ? [appliedTagView(tag, applied)] : [];
      }),
    },
    priority: conversation.priority,
    sla_applied: null,
    statistics: statistics(conversation),
    conversation_rating: null,
    teammates: { type: 'admin.list', teammates: teammates.map((id) => ({ type: 'admin', id })) },
    custom_attributes: { ...conversation.custom_attributes },
    topics: {},
    ticket: null,
    linked_objects: {
      type: 'list',
      data: tickets.map((t) => ({ type: 'ticket', id: t.id, category: store.ticketTypes.get(t.ticket_type_id)?.category ?? null })),
      total_count: tickets.length,
      has_more: false,
    },
    ai_agent: null,
    ai_agent_participated: false,
  };
  if (options.withParts) {
    const parts = conversation.parts.slice(-MAX_PARTS);
    view.conversation_parts = { type: 'conversation_part.list', conversation_parts: parts.map((p) => partView(p, plaintext)), total_count: parts.length };
  }
  return view;
}

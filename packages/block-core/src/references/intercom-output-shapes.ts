import type { OutputShape } from '../types.js';

// Field lists follow the Intercom 2.16 schemas (contact, conversation, ticket, admin, cursor_pages); the test
// beside this file checks them against the spec. Nested structures Intercom may extend are `unknown`, so
// references into them are never flagged.

const text = (description?: string): OutputShape => (description ? { type: 'string', description } : { type: 'string' });
const number = (description?: string): OutputShape => (description ? { type: 'number', description } : { type: 'number' });
const flag = (description?: string): OutputShape => (description ? { type: 'boolean', description } : { type: 'boolean' });
const json = (description: string): OutputShape => ({ type: 'unknown', description });
const object = (properties: Record<string, OutputShape>, description?: string): OutputShape =>
  description ? { type: 'object', properties, description } : { type: 'object', properties };
/** A list output of items of one shape (e.g. the contacts of a page). */
export const list = (items: OutputShape, description?: string): OutputShape =>
  description ? { type: 'array', items, description } : { type: 'array', items };

const contactReference = object({ type: text(), id: text('Intercom contact ID'), external_id: text('Your own ID for the contact') });
const contactReferences = object({ type: text(), contacts: list(contactReference) }, 'The contacts involved');

/** An Intercom contact (user or lead). */
export const contactShape = object(
  {
    type: text(),
    id: text('Intercom contact ID'),
    external_id: text('Your own ID for the contact'),
    workspace_id: text('Intercom workspace ID'),
    role: text('user or lead'),
    email: text('Email address'),
    email_domain: text(),
    phone: text('Phone number'),
    name: text('Display name'),
    owner_id: text('ID of the admin who owns the contact'),
    has_hard_bounced: flag(),
    marked_email_as_spam: flag(),
    unsubscribed_from_emails: flag(),
    created_at: number('Unix seconds'),
    updated_at: number('Unix seconds'),
    signed_up_at: number('Unix seconds'),
    last_seen_at: number('Unix seconds'),
    last_replied_at: number('Unix seconds'),
    last_contacted_at: number('Unix seconds'),
    last_email_opened_at: number('Unix seconds'),
    last_email_clicked_at: number('Unix seconds'),
    language_override: text(),
    browser: text(),
    browser_version: text(),
    browser_language: text(),
    os: text(),
    android_app_name: text(),
    android_app_version: text(),
    android_device: text(),
    android_os_version: text(),
    android_sdk_version: text(),
    android_last_seen_at: number('Unix seconds'),
    ios_app_name: text(),
    ios_app_version: text(),
    ios_device: text(),
    ios_os_version: text(),
    ios_sdk_version: text(),
    ios_last_seen_at: number('Unix seconds'),
    custom_attributes: json('Custom data attributes, by name'),
    avatar: object({ type: text(), image_url: text('Avatar image URL') }),
    tags: json('Tags (up to 10, with a url for more)'),
    notes: json('Notes (up to 10, with a url for more)'),
    companies: json('Companies (up to 10, with a url for more)'),
    location: object({ type: text(), country: text(), region: text(), city: text() }),
    social_profiles: json('Social profiles'),
    merge_history: json('Merge history, when asked for'),
    enabled_push_messaging: flag('Returned when a contact is created'),
  },
  'The Intercom contact',
);

const conversationListItemFields: Record<string, OutputShape> = {
  type: text(),
  id: text('Intercom conversation ID'),
  title: text('Conversation title'),
  created_at: number('Unix seconds'),
  updated_at: number('Unix seconds'),
  waiting_since: number('Unix seconds'),
  snoozed_until: number('Unix seconds'),
  open: flag('Whether the conversation is open'),
  state: text('open, closed or snoozed'),
  read: flag(),
  priority: text(),
  admin_assignee_id: number('Assigned admin (0 = unassigned)'),
  team_assignee_id: number('Assigned team (0 = unassigned)'),
  company: json('The company of the conversation'),
  tags: json('Tags'),
  conversation_rating: json('The rating'),
  source: json('The first message: type, subject, body, author, ...'),
  contacts: contactReferences,
  teammates: json('Teammates involved'),
  custom_attributes: json('Custom data attributes, by name'),
  first_contact_reply: json('The first reply of the contact'),
  sla_applied: json('The SLA applied'),
  statistics: json('Timing statistics'),
  linked_objects: json('Linked tickets and conversations'),
  ai_agent_participated: flag(),
  ai_agent: json('AI agent details'),
  sales_agent_participated: flag(),
  sales_agent: json('Sales agent details'),
  channel: json('The channel'),
  external_references: json('External references'),
  monitor_evaluations: json('Monitor evaluations'),
  scorecards: json('Scorecards'),
};

/** A conversation as listed (without its parts). */
export const conversationListItemShape = object(conversationListItemFields, 'An Intercom conversation');

/** An Intercom conversation with its parts. */
export const conversationShape = object(
  { ...conversationListItemFields, conversation_parts: json('The parts of the conversation (up to 500)') },
  'The Intercom conversation',
);

/** An Intercom ticket. */
export const ticketShape = object(
  {
    type: text(),
    id: text('Internal ticket ID (used to fetch it)'),
    ticket_id: text('The ticket number shown in the Inbox'),
    category: text('Customer, Back-office or Tracker'),
    ticket_attributes: json('Ticket attributes, by name'),
    ticket_state: object({ type: text(), id: text(), category: text(), internal_label: text(), external_label: text() }),
    ticket_type: json('The ticket type'),
    contacts: contactReferences,
    admin_assignee_id: number('Assigned admin (0 = unassigned)'),
    team_assignee_id: number('Assigned team (0 = unassigned)'),
    created_at: number('Unix seconds'),
    updated_at: number('Unix seconds'),
    open: flag(),
    snoozed_until: number('Unix seconds'),
    linked_objects: json('Linked tickets and conversations'),
    ticket_parts: json('The parts of the ticket'),
    is_shared: flag(),
    previous_ticket_state_id: text(),
  },
  'The Intercom ticket',
);

/** An Intercom admin (teammate). */
export const adminShape = object(
  {
    type: text(),
    id: text('Intercom admin ID'),
    name: text('Name'),
    email: text('Email address'),
    job_title: text(),
    away_mode_enabled: flag(),
    away_mode_reassign: flag(),
    away_status_reason_id: number(),
    has_inbox_seat: flag(),
    team_ids: list(number()),
    avatar: text('Avatar image URL'),
    team_priority_level: json('Primary and secondary team IDs'),
    role: json('The role assigned to the admin'),
  },
  'An Intercom admin',
);

/** Cursor pagination info. */
export const pagesShape = object(
  {
    type: text(),
    page: number('Current page'),
    per_page: number('Results per page'),
    total_pages: number('Total pages'),
    next: object(
      { per_page: number(), starting_after: text('Pass as Starting after for the next page') },
      'Present when there is a next page',
    ),
  },
  'Pagination info',
);

/** A tag, as tagging or untagging answers it. */
export const tagShape = object(
  {
    type: text(),
    id: text('Intercom tag ID'),
    name: text('Tag name'),
    applied_at: number('Unix seconds'),
    applied_by: object({ type: text(), id: text('ID of the admin who applied it') }, 'Who applied the tag'),
  },
  'An Intercom tag',
);

/** A contact as archiving or unarchiving answers it: a reference and whether it is archived now. */
export const archivedContactShape = object(
  { type: text(), id: text('Intercom contact ID'), external_id: text('Your own ID for the contact'), archived: flag('Whether the contact is archived') },
  'The contact',
);

/** A note on a contact. */
export const noteShape = object(
  {
    type: text(),
    id: text('Intercom note ID'),
    created_at: number('Unix seconds'),
    contact: object({ type: text(), id: text('Intercom contact ID') }, 'The contact the note is about'),
    company: object({ type: text(), id: text('Intercom company ID') }, 'The company the note is about (notes on contacts have none)'),
    author: adminShape,
    body: text('The note, as HTML'),
  },
  'An Intercom note',
);

/** The message that started a conversation a contact created (`POST /conversations`). */
export const userMessageShape = object(
  {
    type: text('user_message'),
    id: text('Intercom message ID'),
    created_at: number('Unix seconds'),
    subject: text(),
    body: text('The message'),
    message_type: text('inapp, email, facebook or twitter'),
    conversation_id: text('ID of the new conversation'),
  },
  'The created message',
);

/** A reply or note posted on a ticket (`ticket_reply`). */
export const ticketReplyShape = object(
  {
    type: text('ticket_part'),
    id: text('Intercom ticket part ID'),
    part_type: text('comment, note or quick_reply'),
    body: text('The reply, as HTML'),
    created_at: number('Unix seconds'),
    updated_at: number('Unix seconds'),
    author: object({ type: text('admin, bot, team or user'), id: text(), name: text(), email: text() }, 'Who wrote the reply'),
    attachments: json('Attachments of the reply'),
    redacted: flag(),
  },
  'The ticket reply',
);

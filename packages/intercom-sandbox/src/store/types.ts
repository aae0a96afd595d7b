/** Contact roles Intercom knows. */
export type ContactRole = 'user' | 'lead';

/** A contact as the sandbox keeps it: wire names, only the fields it tracks (the view fills the rest). */
export interface ContactRecord {
  id: string;
  role: ContactRole;
  external_id: string | null;
  email: string | null;
  phone: string | null;
  name: string | null;
  owner_id: string | null;
  avatar: string | null;
  has_hard_bounced: boolean;
  marked_email_as_spam: boolean;
  unsubscribed_from_emails: boolean;
  created_at: number;
  updated_at: number;
  signed_up_at: number | null;
  last_seen_at: number | null;
  last_replied_at: number | null;
  last_contacted_at: number | null;
  last_email_opened_at: number | null;
  last_email_clicked_at: number | null;
  language_override: string | null;
  browser: string | null;
  browser_version: string | null;
  browser_language: string | null;
  os: string | null;
  location: { country: string | null; region: string | null; city: string | null; country_code: string | null; continent_code: string | null };
  custom_attributes: Record<string, string | number | boolean | null>;
  tag_ids: string[];
  segment_ids: string[];
  /** Set on a contact that was merged into another one: reads give 410 with a link to the canonical contact. */
  merged_into_id?: string;
  /** An archived contact is left out of list and search until it is unarchived; reading it by id still works. */
  archived?: boolean;
  /** When and by whom each tag added through the API was applied (seeded tags have no record). */
  tag_applications?: Record<string, { applied_at: number; applied_by: string }>;
}

/** A note an admin wrote on a contact. */
export interface NoteRecord {
  id: string;
  contact_id: string;
  created_at: number;
  /** The admin who wrote it. */
  author_id: string;
  /** HTML, as Intercom stores it. */
  body: string;
}

/** A data attribute a contact's `custom_attributes` may use (Intercom rejects undefined ones). */
export interface DataAttribute {
  /** Intercom's id of a custom attribute (standard attributes have none). */
  id: number;
  name: string;
  /** The name people see in Intercom. */
  label: string;
  data_type: 'string' | 'integer' | 'float' | 'boolean' | 'date';
  description: string;
  /** A list attribute's options (Intercom keeps it a string attribute with predefined values). */
  options?: string[];
  created_at: number;
}

export interface TagRecord {
  id: string;
  name: string;
}

export interface TeamRecord {
  /** A string on the team; conversations carry it as an integer (`team_assignee_id`). */
  id: string;
  name: string;
  admin_ids: number[];
}

/** A tag applied to a conversation: who applied it, and when. */
export interface AppliedTagRecord {
  id: string;
  applied_at: number;
  applied_by: string;
}

export interface AdminRecord {
  id: string;
  name: string;
  email: string;
  job_title: string;
  away_mode_enabled: boolean;
  away_mode_reassign: boolean;
  has_inbox_seat: boolean;
  team_ids: number[];
  avatar: string | null;
  role: { type: 'role'; id: string; name: string };
}

export interface AppRecord {
  id_code: string;
  name: string;
  region: string;
  timezone: string;
  created_at: number;
  identity_verification: boolean;
}

/** Who wrote a conversation part or message. */
export interface AuthorRecord {
  type: 'admin' | 'user' | 'lead' | 'bot';
  id: string;
  name: string | null;
  email: string;
}

export interface ConversationPartRecord {
  id: string;
  part_type: string;
  body: string | null;
  created_at: number;
  author: AuthorRecord;
  assigned_to: { type: 'admin' | 'team'; id: string } | null;
  state: 'open' | 'closed' | 'snoozed';
}

export interface ConversationRecord {
  id: string;
  title: string | null;
  created_at: number;
  updated_at: number;
  waiting_since: number | null;
  snoozed_until: number | null;
  state: 'open' | 'closed' | 'snoozed';
  read: boolean;
  priority: 'none' | 'low' | 'medium' | 'high' | 'urgent';
  admin_assignee_id: number;
  team_assignee_id: number;
  tags: AppliedTagRecord[];
  contact_ids: string[];
  source: {
    id: string;
    delivered_as: string;
    subject: string;
    body: string;
    author: AuthorRecord;
    channel: string;
  };
  custom_attributes: Record<string, string | number>;
  parts: ConversationPartRecord[];
}

export interface TicketStateRecord {
  id: string;
  category: 'submitted' | 'in_progress' | 'waiting_on_customer' | 'resolved';
  internal_label: string;
  external_label: string;
}

export interface TicketTypeAttributeRecord {
  id: string;
  name: string;
  description: string;
  data_type: 'string' | 'list' | 'integer' | 'decimal' | 'boolean' | 'datetime' | 'files';
  input_options: Record<string, unknown>;
  order: number;
  required_to_create: boolean;
  required_to_create_for_contacts: boolean;
  visible_on_create: boolean;
  visible_to_contacts: boolean;
  default: boolean;
}

export interface TicketTypeRecord {
  id: string;
  name: string;
  description: string;
  icon: string;
  category: 'Customer' | 'Back-office' | 'Tracker';
  created_at: number;
  updated_at: number;
  attributes: TicketTypeAttributeRecord[];
  states: TicketStateRecord[];
}

export interface TicketPartRecord {
  id: string;
  part_type: string;
  body: string | null;
  previous_ticket_state: TicketStateRecord['category'];
  ticket_state: TicketStateRecord['category'];
  created_at: number;
  author: AuthorRecord;
}

export interface TicketRecord {
  id: string;
  ticket_id: string;
  ticket_type_id: string;
  ticket_attributes: Record<string, unknown>;
  state_id: string;
  contact_ids: string[];
  admin_assignee_id: number;
  team_assignee_id: number;
  created_at: number;
  updated_at: number;
  open: boolean;
  /** Set while the ticket is snoozed (Unix seconds); closing or reopening it clears it. */
  snoozed_until?: number | null;
  linked_conversation_id: string | null;
  parts: TicketPartRecord[];
}

/** Everything the sandbox holds; `reset()` rebuilds it from the seed. */
export interface SandboxData {
  workspaceId: string;
  app: AppRecord;
  admins: AdminRecord[];
  teams: TeamRecord[];
  tags: TagRecord[];
  dataAttributes: DataAttribute[];
  contacts: ContactRecord[];
  conversations: ConversationRecord[];
  ticketTypes: TicketTypeRecord[];
  tickets: TicketRecord[];
}

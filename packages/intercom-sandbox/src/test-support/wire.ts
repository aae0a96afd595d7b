/** The parts of Intercom's JSON that the tests read (the spec test checks the full shapes). */
export interface ErrorJson {
  type: 'error.list';
  request_id: string;
  errors: { code: string; message: string }[];
}

export interface PagesJson {
  type: 'pages';
  page: number;
  per_page: number;
  total_pages: number;
  next?: { per_page: number; starting_after: string };
}

export interface ContactJson {
  type: 'contact';
  id: string;
  role: string;
  email: string;
  email_domain: string;
  external_id: string | null;
  name: string | null;
  phone: string | null;
  owner_id: string | null;
  unsubscribed_from_emails: boolean;
  created_at: number;
  updated_at: number;
  signed_up_at: number | null;
  custom_attributes: Record<string, unknown>;
  tags: { data: { id: string }[]; total_count: number };
  notes: { data: { type: string; id: string; url: string }[]; total_count: number; url: string };
  /** Not in the 2.16 schema; what archive and unarchive set. */
  archived: boolean;
  location: { country: string | null; city: string | null };
}

export interface ContactListJson {
  type: 'list';
  data: ContactJson[];
  total_count: number;
  pages: PagesJson;
}

export interface PartJson {
  id: string;
  part_type: string;
  body: string | null;
  assigned_to: { type: string; id: string } | null;
  author: { type: string; id: string; name: string | null };
}

export interface ConversationJson {
  type: 'conversation';
  id: string;
  state: string;
  open: boolean;
  updated_at: number;
  waiting_since: number | null;
  snoozed_until: number | null;
  admin_assignee_id: number;
  team_assignee_id: number;
  tags: { tags: TagJson[] };
  source: { body: string; author: { id: string } };
  contacts: { contacts: { id: string }[] };
  conversation_parts?: { conversation_parts: PartJson[]; total_count: number };
}

export interface ConversationListJson {
  type: 'conversation.list';
  conversations: ConversationJson[];
  total_count: number;
  pages: PagesJson;
}

export interface TicketTypeJson {
  id: string;
  name: string;
  category: string;
  ticket_type_attributes: { data: { name: string; data_type: string; required_to_create: boolean }[] };
  ticket_states: { data: { category: string }[] };
}

export interface TicketJson {
  type: 'ticket';
  id: string;
  ticket_id: string;
  ticket_attributes: Record<string, unknown>;
  ticket_state: { category: string };
  ticket_type: { id: string };
  contacts: { contacts: { id: string; external_id: string | null }[] };
  admin_assignee_id: number;
  team_assignee_id: number;
  open: boolean;
  snoozed_until?: number;
  updated_at: number;
  linked_objects: { data: { type: string; id: string }[] };
  ticket_parts: { ticket_parts: { id: string; part_type: string; body?: string; author: { type: string; id: string }; previous_ticket_state: string; ticket_state: string }[] };
}

export interface TicketListJson {
  type: 'ticket.list';
  tickets: TicketJson[];
  total_count: number;
  pages: PagesJson;
}

export interface AdminJson {
  type: 'admin';
  id: string;
  name: string;
  email: string;
  away_mode_enabled: boolean;
  away_mode_reassign: boolean;
}

export interface TagJson {
  type: 'tag';
  id: string;
  name: string;
  applied_at?: number | null;
  applied_by?: { type: string; id: string } | null;
}

export interface TeamJson {
  type: 'team';
  id: string;
  name: string;
  admin_ids: number[];
}

export interface UserMessageJson {
  type: 'user_message';
  id: string;
  created_at: number;
  body: string;
  message_type: string;
  conversation_id: string;
}

export interface NoteJson {
  type: 'note';
  id: string;
  created_at: number;
  contact: { type: 'contact'; id: string };
  author: AdminJson;
  body: string;
}

export interface NoteListJson {
  type: 'list';
  data: NoteJson[];
  total_count: number;
  pages: PagesJson;
}

/** What archive and unarchive answer: a contact reference with `archived`. */
export interface ArchivedContactJson {
  type: 'contact';
  id: string;
  external_id: string | null;
  archived: boolean;
}

/** A body that is either the success shape or Intercom's error list (tests read whichever the status says). */
export type OrErrors<T> = T & { errors: ErrorJson['errors'] };

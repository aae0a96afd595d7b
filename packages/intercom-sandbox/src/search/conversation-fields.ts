import { invalidParameter } from '../http/errors.js';
import type { ConversationRecord } from '../store/types.js';
import { htmlToPlaintext } from '../views/plaintext.js';
import type { SearchField, SearchFieldType } from './field.js';
import type { SearchVocabulary } from './query.js';

/** What conversation search reads: the conversation as the API shows it, and the record behind it. */
export interface SearchableConversation {
  view: Record<string, unknown>;
  record: ConversationRecord;
}

type Field = SearchField<SearchableConversation>;

/** Reads a dotted path of the conversation's view, so search sees exactly what the API returns. */
const atPath = (path: string) => (c: SearchableConversation): unknown =>
  path.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), c.view);

const viewField = (name: string, type: SearchFieldType): Field => ({ name, type, read: atPath(name) });
const idsAt = (path: string, key: string) => (c: SearchableConversation) => ((atPath(path)(c) as Record<string, unknown>[] | undefined) ?? []).map((item) => item[key]);

const STATISTICS_NUMBERS = ['time_to_assignment', 'time_to_admin_reply', 'time_to_first_close', 'time_to_last_close', 'median_time_to_reply', 'count_reopens', 'count_assignments', 'count_conversation_parts'];
const STATISTICS_DATES = [
  'first_contact_reply_at', 'first_assignment_at', 'first_admin_reply_at', 'first_close_at', 'last_assignment_at',
  'last_assignment_admin_reply_at', 'last_contact_reply_at', 'last_admin_reply_at', 'last_close_at',
];

// The fields of the SearchConversations table (2.16). Ratings and AI agent fields exist but are always empty here.
const FIELDS: Field[] = [
  viewField('id', 'string'),
  viewField('created_at', 'date'),
  viewField('updated_at', 'date'),
  ...['source.type', 'source.id', 'source.delivered_as', 'source.subject', 'source.author.id', 'source.author.type', 'source.author.name', 'source.author.email', 'source.url'].map((n) => viewField(n, 'string')),
  // Intercom matches `=` on source.body against each word of the body, not the whole text.
  { name: 'source.body', type: 'string', byWord: true, read: (c) => htmlToPlaintext(c.record.source.body) },
  { name: 'contact_ids', type: 'list', read: (c) => c.record.contact_ids },
  { name: 'teammate_ids', type: 'list', read: idsAt('teammates.teammates', 'id') },
  { name: 'tag_ids', type: 'list', read: idsAt('tags.tags', 'id') },
  viewField('admin_assignee_id', 'number'),
  viewField('team_assignee_id', 'number'),
  { name: 'channel_initiated', type: 'string', read: (c) => c.record.source.channel },
  viewField('open', 'boolean'),
  viewField('read', 'boolean'),
  viewField('state', 'string'),
  viewField('waiting_since', 'date'),
  viewField('snoozed_until', 'date'),
  viewField('priority', 'string'),
  ...STATISTICS_NUMBERS.map((n) => viewField(`statistics.${n}`, 'number')),
  ...STATISTICS_DATES.map((n) => viewField(`statistics.${n}`, 'date')),
  viewField('statistics.last_closed_by_id', 'string'),
  viewField('conversation_rating.requested_at', 'date'),
  viewField('conversation_rating.replied_at', 'date'),
  viewField('conversation_rating.score', 'number'),
  ...['remark', 'contact_id', 'admin_d'].map((n) => viewField(`conversation_rating.${n}`, 'string')),
  viewField('ai_agent_participated', 'boolean'),
  ...['resolution_state', 'last_answer_type', 'rating_remark', 'source_type', 'source_title'].map((n) => viewField(`ai_agent.${n}`, 'string')),
  viewField('ai_agent.rating', 'number'),
];

const BY_NAME = new Map(FIELDS.map((f) => [f.name, f]));

/** The Search Conversations vocabulary. */
export const conversationVocabulary: SearchVocabulary<SearchableConversation> = {
  resolve: (name) => BY_NAME.get(name),
  unknownField: (name) => invalidParameter(`'${name}' is not a searchable conversation field`),
};

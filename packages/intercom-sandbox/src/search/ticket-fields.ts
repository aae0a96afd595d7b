import { invalidParameter } from '../http/errors.js';
import type { SandboxStore } from '../store/store.js';
import type { TicketRecord, TicketTypeAttributeRecord, TicketTypeRecord } from '../store/types.js';
import type { SearchField, SearchFieldType } from './field.js';
import type { SearchVocabulary } from './query.js';

/** What ticket search reads: the ticket record and its type. */
export interface SearchableTicket {
  record: TicketRecord;
  type: TicketTypeRecord;
}

type Field = SearchField<SearchableTicket>;

// Intercom searches categories by its own terms, not the names a ticket shows.
const CATEGORY_TERMS: Record<TicketTypeRecord['category'], string> = { Customer: 'request', 'Back-office': 'task', Tracker: 'tracker' };

const stateOf = ({ record, type }: SearchableTicket) => (type.states.find((s) => s.id === record.state_id) ?? type.states[0])?.category;

// The fields of the SearchTickets table (2.16): title/description and state, not _default_title_ or ticket_state_id;
// assignee ids are strings here (integers in conversation search).
const FIELDS: Field[] = [
  { name: 'id', type: 'string', read: (t) => t.record.id },
  { name: 'created_at', type: 'date', read: (t) => t.record.created_at },
  { name: 'updated_at', type: 'date', read: (t) => t.record.updated_at },
  { name: 'title', type: 'string', read: (t) => t.record.ticket_attributes._default_title_ },
  { name: 'description', type: 'string', read: (t) => t.record.ticket_attributes._default_description_ },
  { name: 'category', type: 'string', read: (t) => CATEGORY_TERMS[t.type.category] },
  { name: 'ticket_type_id', type: 'string', read: (t) => t.record.ticket_type_id },
  { name: 'contact_ids', type: 'list', read: (t) => t.record.contact_ids },
  { name: 'teammate_ids', type: 'list', read: (t) => [...new Set(t.record.parts.filter((p) => p.author.type === 'admin').map((p) => p.author.id))] },
  { name: 'admin_assignee_id', type: 'string', read: (t) => String(t.record.admin_assignee_id) },
  { name: 'team_assignee_id', type: 'string', read: (t) => String(t.record.team_assignee_id) },
  { name: 'open', type: 'boolean', read: (t) => t.record.open },
  { name: 'state', type: 'string', read: stateOf },
  { name: 'snoozed_until', type: 'date', read: (t) => t.record.snoozed_until ?? null },
];

const BY_NAME = new Map(FIELDS.map((f) => [f.name, f]));

const attributeType: Record<TicketTypeAttributeRecord['data_type'], SearchFieldType> = {
  string: 'string',
  list: 'string',
  integer: 'number',
  decimal: 'number',
  boolean: 'boolean',
  datetime: 'date',
  files: 'string',
};

/** `ticket_attribute.<id>`: the attribute of that id in any ticket type, read by its name on each ticket. */
function attributeField(name: string, store: SandboxStore): Field | undefined {
  const id = /^ticket_attribute\.([^.]+)$/.exec(name)?.[1];
  if (id === undefined) return undefined;
  const attribute = [...store.ticketTypes.values()].flatMap((type) => type.attributes).find((a) => a.id === id);
  if (!attribute) return undefined;
  return {
    name,
    type: attributeType[attribute.data_type],
    read: (t) => {
      const own = t.type.attributes.find((a) => a.id === id);
      return own ? t.record.ticket_attributes[own.name] : undefined;
    },
  };
}

/** The Search Tickets vocabulary of a workspace (its ticket attributes are searchable by id). */
export function ticketVocabulary(store: SandboxStore): SearchVocabulary<SearchableTicket> {
  return {
    resolve: (name) => BY_NAME.get(name) ?? attributeField(name, store),
    unknownField: (name) => invalidParameter(`'${name}' is not a searchable ticket field`),
  };
}

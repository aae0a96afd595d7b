import { searchableConversationFields } from './conversation-search-fields.js';
import { fieldLookup, isDottedName } from './field-lookup.js';
import type { JsonSchemaSnippet } from './json-schema.js';
import { CUSTOM_ATTRIBUTE_FIELD_PATTERN, findSearchableField, searchableContactFields, type SearchableField } from './search-fields.js';
import { searchableTicketFields, TICKET_ATTRIBUTE_FIELD_PATTERN } from './ticket-search-fields.js';

/** What differs between Intercom's search endpoints (contacts, conversations); the query language is the same. */
export interface SearchVocabulary {
  /** What is searched, singular and plural: "contact", "contacts". */
  noun: string;
  plural: string;
  fields: readonly SearchableField[];
  /** The searchable field with this name, `'custom'` for a custom attribute, or undefined. */
  find(name: string): SearchableField | 'custom' | undefined;
  /** Fields searchable by a pattern besides the standard ones (contacts' `custom_attributes.<name>`). */
  custom?: PatternSearchField;
  /** Whether the body takes `sort` (Search Contacts does, Search Conversations does not in 2.16). */
  sortable: boolean;
  /** Intercom's default page size. */
  defaultPerPage: number;
  /** Fields to name in messages: "such as email, name or created_at". */
  exampleFields: readonly string[];
  /** A filter to start from, in snippets and messages. */
  exampleFilter: { field: string; operator: string; value: unknown };
  /** Whole bodies offered as completion snippets. */
  snippets: readonly JsonSchemaSnippet[];
}

/** Fields a search takes by their form, e.g. `custom_attributes.<name>`: matched by `pattern`, type unknown. */
export interface PatternSearchField {
  pattern: string;
  /** How the form reads, e.g. `custom_attributes.<name>`. */
  title: string;
  /** What such a field is, for hover. */
  description: string;
  /** The end of an unknown-field message: "for a custom attribute". */
  purpose: string;
}

/** Search Contacts (`POST /contacts/search`). */
export const contactSearch: SearchVocabulary = {
  noun: 'contact',
  plural: 'contacts',
  fields: searchableContactFields,
  find: findSearchableField,
  custom: {
    pattern: CUSTOM_ATTRIBUTE_FIELD_PATTERN,
    title: 'custom_attributes.<name>',
    description: 'A custom data attribute of the contact, e.g. custom_attributes.plan.',
    purpose: 'for a custom attribute',
  },
  sortable: true,
  defaultPerPage: 50,
  exampleFields: ['email', 'name', 'created_at'],
  exampleFilter: { field: 'email', operator: '=', value: 'jane@example.com' },
  snippets: [
    { label: 'Search by email', body: { query: { field: 'email', operator: '=', value: '' } } },
    {
      label: 'Search with an AND group',
      body: {
        query: {
          operator: 'AND',
          value: [
            { field: 'role', operator: '=', value: 'user' },
            { field: 'created_at', operator: '>', value: 1577836800 },
          ],
        },
        pagination: { per_page: 50 },
      },
    },
  ],
};

const conversationFieldsByName = fieldLookup(searchableConversationFields);

/** Search Conversations (`POST /conversations/search`). */
export const conversationSearch: SearchVocabulary = {
  noun: 'conversation',
  plural: 'conversations',
  fields: searchableConversationFields,
  find: conversationFieldsByName,
  sortable: false,
  defaultPerPage: 20,
  exampleFields: ['state', 'admin_assignee_id', 'created_at'],
  exampleFilter: { field: 'state', operator: '=', value: 'open' },
  snippets: [
    { label: 'Search by state', body: { query: { field: 'state', operator: '=', value: 'open' } } },
    {
      label: 'Open and assigned to nobody',
      body: {
        query: {
          operator: 'AND',
          value: [
            { field: 'open', operator: '=', value: true },
            { field: 'admin_assignee_id', operator: '=', value: 0 },
            { field: 'team_assignee_id', operator: '=', value: 0 },
          ],
        },
        pagination: { per_page: 20 },
      },
    },
  ],
};

const ticketFieldsByName = fieldLookup(searchableTicketFields);

/** Search Tickets (`POST /tickets/search`): `title`/`description`/`state`, string assignee ids, `ticket_attribute.<id>`. */
export const ticketSearch: SearchVocabulary = {
  noun: 'ticket',
  plural: 'tickets',
  fields: searchableTicketFields,
  // isDottedName is TICKET_ATTRIBUTE_FIELD_PATTERN (field-lookup.test.ts holds them to each other).
  find: (name) => ticketFieldsByName(name) ?? (isDottedName(name, 'ticket_attribute.') ? 'custom' : undefined),
  custom: {
    pattern: TICKET_ATTRIBUTE_FIELD_PATTERN,
    title: 'ticket_attribute.<id>',
    description: "A ticket attribute by its ID in the ticket type, e.g. ticket_attribute.2103.",
    purpose: 'for a ticket attribute',
  },
  sortable: false,
  defaultPerPage: 20,
  exampleFields: ['title', 'state', 'open'],
  exampleFilter: { field: 'title', operator: '~', value: 'export' },
  snippets: [
    { label: 'Search by title', body: { query: { field: 'title', operator: '~', value: '' } } },
    {
      label: 'Open tickets of a type',
      body: {
        query: {
          operator: 'AND',
          value: [
            { field: 'open', operator: '=', value: true },
            { field: 'ticket_type_id', operator: '=', value: '' },
          ],
        },
        pagination: { per_page: 20 },
      },
    },
  ],
};

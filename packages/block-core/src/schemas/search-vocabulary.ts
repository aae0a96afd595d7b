import { searchableConversationFields } from './conversation-search-fields.js';
import type { JsonSchemaSnippet } from './json-schema.js';
import { findSearchableField, searchableContactFields, type SearchableField } from './search-fields.js';

/** What differs between Intercom's search endpoints (contacts, conversations); the query language is the same. */
export interface SearchVocabulary {
  /** What is searched, singular and plural: "contact", "contacts". */
  noun: string;
  plural: string;
  fields: readonly SearchableField[];
  /** The searchable field with this name, `'custom'` for a custom attribute, or undefined. */
  find(name: string): SearchableField | 'custom' | undefined;
  /** Whether `custom_attributes.<name>` is searchable. */
  customAttributes: boolean;
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

/** Search Contacts (`POST /contacts/search`). */
export const contactSearch: SearchVocabulary = {
  noun: 'contact',
  plural: 'contacts',
  fields: searchableContactFields,
  find: findSearchableField,
  customAttributes: true,
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

const conversationFieldsByName = new Map(searchableConversationFields.map((entry) => [entry.field, entry]));

/** Search Conversations (`POST /conversations/search`). */
export const conversationSearch: SearchVocabulary = {
  noun: 'conversation',
  plural: 'conversations',
  fields: searchableConversationFields,
  find: (name) => conversationFieldsByName.get(name),
  customAttributes: false,
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

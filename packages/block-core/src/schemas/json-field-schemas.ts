import type { JsonFieldSchemaId } from '../definition/field-types.js';
import { customAttributesSchema } from './custom-attributes-schema.js';
import type { JsonSchema } from './json-schema.js';
import { conversationSearchQuerySchema, searchQuerySchema, ticketSearchQuerySchema } from './search-query-schema.js';
import { ticketAttributesSchema } from './ticket-attributes-schema.js';
import { ticketSchema } from './ticket-schema.js';

/**
 * The draft-07 JSON Schema of each JSON field (Intercom 2.16 request bodies), with descriptions for hover and
 * enums for completion. A reference string (`"<Step.path>"`) is accepted wherever a value goes.
 * @example jsonFieldSchemas[intercomFields.queryJson.schema!] // the Search Contacts body schema
 */
export const jsonFieldSchemas: Readonly<Record<JsonFieldSchemaId, JsonSchema>> = Object.freeze({
  customAttributes: customAttributesSchema,
  searchQuery: searchQuerySchema,
  conversationSearchQuery: conversationSearchQuerySchema,
  ticketSearchQuery: ticketSearchQuerySchema,
  ticket: ticketSchema,
  ticketAttributes: ticketAttributesSchema,
});

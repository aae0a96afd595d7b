import type { JsonFieldSchemaId } from '../definition/field-types.js';
import { validate as conversationSearchQuery } from './compiled/conversation-search-query.js';
import { validate as customAttributes } from './compiled/custom-attributes.js';
import { validate as searchQuery } from './compiled/search-query.js';
import { validate as ticket } from './compiled/ticket.js';
import { validate as ticketAttributes } from './compiled/ticket-attributes.js';
import { validate as ticketSearchQuery } from './compiled/ticket-search-query.js';

/**
 * Each JSON field schema precompiled by ajv (generated code, no eval and no ajv at run time): a yes/no answer at
 * ajv's speed. Validation asks it first and explains a "no" with the full checker (`createSchemaCheck`).
 */
export const compiledSchemaChecks: Readonly<Record<JsonFieldSchemaId, (value: unknown) => boolean>> = {
  conversationSearchQuery: (value) => conversationSearchQuery(value),
  customAttributes: (value) => customAttributes(value),
  searchQuery: (value) => searchQuery(value),
  ticket: (value) => ticket(value),
  ticketAttributes: (value) => ticketAttributes(value),
  ticketSearchQuery: (value) => ticketSearchQuery(value),
};

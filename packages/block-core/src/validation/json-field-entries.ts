import type { JsonFieldSchemaId } from '../definition/field-types.js';
import { contactSearch, conversationSearch, ticketSearch, type SearchVocabulary } from '../schemas/search-vocabulary.js';
import type { DataAttributeInfo } from '../schemas/data-attribute.js';
import type { TicketTypeInfo } from '../schemas/ticket-type.js';
import { contactSearchWith } from '../schemas/workspace-search-vocabulary.js';
import { checkCustomAttributes } from './custom-attribute-rules.js';
import type { JsonProblem } from './json-problem.js';
import { checkSearchBody } from './search-rules.js';
import { checkAttributeValues, checkTicketBody, findTicketType } from './ticket-rules.js';
import type { JsonSchema } from '../schemas/json-schema.js';
import { ticketAttributesSchemaForUpdate } from '../schemas/ticket-attributes-schema.js';
import { ticketSchemaForType } from '../schemas/ticket-type.js';

/** What a JSON field's rules may know besides its body. */
export interface JsonRuleContext {
  /** The workspace's ticket types, when known. */
  ticketTypes?: readonly TicketTypeInfo[];
  /** The workspace's custom contact attributes, when known: without them their checks wait. */
  dataAttributes?: readonly DataAttributeInfo[];
  /** The type of the ticket an update changes, when the editor looked it up. */
  ticketType?: TicketTypeInfo;
}

/** Intercom's rules on a body, and the ticket type that refines its schema, if any. */
export interface JsonRuleResult {
  problems: JsonProblem[];
  ticketType?: TicketTypeInfo;
}

/** What each JSON field schema brings besides the schema itself: an example for messages, and Intercom's rules. */
export interface JsonFieldEntry {
  /** A short valid body, for messages ("such as {...}"). */
  example: string;
  /** Intercom's rules that a JSON Schema cannot say; they speak before the schema. */
  rules?: (body: Record<string, unknown>, context: JsonRuleContext) => JsonRuleResult;
  /** The schema a ticket type refines it to, when its rules name that type. */
  typedSchema?: (ticketType: TicketTypeInfo) => JsonSchema;
}

/** A search body's rules: its endpoint's fields and operators, 2 levels, 15 filters. */
const searchRules =
  (vocabulary: SearchVocabulary): JsonFieldEntry['rules'] =>
  (body) => ({ problems: checkSearchBody(body, vocabulary) });

/**
 * Each JSON field schema's entry: a new schema is one line here beside its schema in `schemas/json-field-schemas.ts`
 * (the record asks for every schema id), and validation reads its rules from here, naming no schema.
 */
export const jsonFieldEntries: Readonly<Record<JsonFieldSchemaId, JsonFieldEntry>> = {
  customAttributes: {
    example: '{"plan": "pro"}',
    // Names, types and options of the workspace's attributes, once known.
    rules: (body, { dataAttributes }) => ({ problems: dataAttributes ? checkCustomAttributes(body, dataAttributes) : [] }),
  },
  searchQuery: {
    example: '{"query": {"field": "email", "operator": "=", "value": "jane@example.com"}}',
    // With the workspace's attributes known, each custom_attributes.<name> is a field of its type.
    rules: (body, { dataAttributes }) => ({ problems: checkSearchBody(body, dataAttributes ? contactSearchWith(dataAttributes) : contactSearch) }),
  },
  conversationSearchQuery: { example: '{"query": {"field": "state", "operator": "=", "value": "open"}}', rules: searchRules(conversationSearch) },
  ticketSearchQuery: { example: '{"query": {"field": "title", "operator": "~", "value": "export"}}', rules: searchRules(ticketSearch) },
  ticket: {
    example: '{"ticket_type_id": "1", "contacts": [{"id": "<Trigger.contact.id>"}]}',
    // The ticket's type, when the workspace has it, checks its attributes.
    rules: (body, { ticketTypes }) => ({ problems: checkTicketBody(body, ticketTypes), ticketType: findTicketType(body, ticketTypes) }),
    typedSchema: ticketSchemaForType,
  },
  ticketAttributes: {
    example: '{"_default_title_": "Export fails"}',
    // The ticket an update changes, once its type is known, checks its attributes (none required).
    rules: (body, { ticketType }) => {
      const problems: JsonProblem[] = [];
      if (ticketType) checkAttributeValues(body, ticketType, [], problems, { forCreate: false });
      return ticketType ? { problems, ticketType } : { problems };
    },
    typedSchema: ticketAttributesSchemaForUpdate,
  },
};

import { DRAFT_07, deepFreeze, type JsonSchema } from './json-schema.js';
import { defaultTicketAttributes, ticketAttributesDescription, ticketAttributeValueSchema } from './ticket-schema.js';
import { ticketAttributesSchemaForType, type TicketTypeInfo } from './ticket-type.js';

const updateDescription = 'Only the attributes given change; the others keep their values.';

/** The ticket attributes an update changes (`update_ticket_request.ticket_attributes`), before the ticket's type is known. */
export const ticketAttributesSchema: JsonSchema = deepFreeze({
  $schema: DRAFT_07,
  title: 'Ticket attributes',
  description: `${ticketAttributesDescription} ${updateDescription}`,
  type: 'object',
  properties: defaultTicketAttributes,
  additionalProperties: ticketAttributeValueSchema,
  defaultSnippets: [{ label: 'Title and description', body: { _default_title_: '', _default_description_: '' } }],
});

/**
 * The ticket attributes an update of a ticket of this type may change: its attributes with JSON types from their
 * `data_type` and list items by label, no others; none is required (an update changes only what it names).
 * @example ticketAttributesSchemaForUpdate(bugReport).properties?.severity // the list items of severity
 */
export function ticketAttributesSchemaForUpdate(ticketType: TicketTypeInfo): JsonSchema {
  const { required: _required, ...forType } = ticketAttributesSchemaForType(ticketType);
  return deepFreeze({ $schema: DRAFT_07, title: `Ticket attributes of "${ticketType.name}"`, ...forType, description: `${forType.description ?? ''} ${updateDescription}`.trim() });
}


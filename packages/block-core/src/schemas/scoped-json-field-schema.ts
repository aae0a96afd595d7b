import type { JsonFieldSchemaId } from '../definition/field-types.js';
import { jsonFieldSchemas } from './json-field-schemas.js';
import type { JsonSchema } from './json-schema.js';
import { ticketAttributesSchemaForUpdate } from './ticket-attributes-schema.js';
import type { TicketTypeInfo } from './ticket-type.js';

/**
 * A JSON field's schema under what the editor knows: the ticket attributes of an update follow the ticket's type
 * once it is known; every other schema is the field's own.
 * @example scopedJsonFieldSchema('ticketAttributes', { ticketType: bugReport }) // its attributes, by type
 */
export function scopedJsonFieldSchema(id: JsonFieldSchemaId, scope: { ticketType?: TicketTypeInfo }): JsonSchema {
  if (id === 'ticketAttributes' && scope.ticketType) return ticketAttributesSchemaForUpdate(scope.ticketType);
  return jsonFieldSchemas[id];
}

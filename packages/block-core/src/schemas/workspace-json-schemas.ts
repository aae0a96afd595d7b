import type { JsonFieldSchemaId } from '../definition/field-types.js';
import { customAttributesSchemaFor } from './custom-attributes-schema.js';
import type { DataAttributeInfo } from './data-attribute.js';
import type { JsonSchema } from './json-schema.js';
import { contactSearchSchemaFor } from './search-query-schema.js';

/** The JSON fields whose names and checks come from the workspace's custom contact attributes, and their schema then. */
const withAttributes: Partial<Record<JsonFieldSchemaId, (attributes: readonly DataAttributeInfo[]) => JsonSchema>> = {
  customAttributes: customAttributesSchemaFor,
  searchQuery: contactSearchSchemaFor,
};

/**
 * Whether a JSON field's checks need the workspace's custom attributes (custom attribute keys, contact searches on
 * `custom_attributes.<name>`): until they are known, those checks wait, and the editor says so.
 */
export function needsDataAttributes(schemaId: JsonFieldSchemaId): boolean {
  return withAttributes[schemaId] !== undefined;
}

/**
 * A JSON field's schema with the workspace's custom attributes known (completion and hover of their names, types
 * and descriptions), or undefined when the field's schema does not depend on them.
 */
export function jsonSchemaWithDataAttributes(schemaId: JsonFieldSchemaId, attributes: readonly DataAttributeInfo[]): JsonSchema | undefined {
  return withAttributes[schemaId]?.(attributes);
}

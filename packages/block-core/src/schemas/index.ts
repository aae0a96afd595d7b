export type { JsonSchema, JsonSchemaSnippet, JsonSchemaType } from './json-schema.js';
export { jsonFieldSchemas } from './json-field-schemas.js';
export { ticketAttributesSchemaForUpdate } from './ticket-attributes-schema.js';
export { scopedJsonFieldSchema } from './scoped-json-field-schema.js';
export {
  listOptionsOf,
  requiredAttributeNames,
  ticketSchemaForType,
  ticketSchemaForTypes,
  type TicketListOption,
  type TicketTypeAttributeInfo,
  type TicketTypeInfo,
} from './ticket-type.js';
export {
  findSearchableField,
  searchableContactFields,
  searchOperators,
  type SearchableField,
  type SearchFieldType,
  type SearchOperator,
} from './search-fields.js';
export type { DataAttributeInfo } from './data-attribute.js';
export { customAttributeSchema, customAttributesSchemaFor } from './custom-attributes-schema.js';
export { contactSearchSchemaFor } from './search-query-schema.js';
export { contactSearchWith, customAttributeSearchField } from './workspace-search-vocabulary.js';
export { jsonSchemaWithDataAttributes, needsDataAttributes } from './workspace-json-schemas.js';
export { jsonFieldTemplate, type JsonFieldTemplate } from './json-field-template.js';

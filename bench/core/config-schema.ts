import { fieldOptions, intercomBlock, intercomFields, type FieldName, type JsonSchema } from '@workflow-blocks/block-core';

/**
 * The JSON Schema a generic validator would check a saved config against, built from block-core's field
 * table: each field's JSON type, the options of selects, the number range, resource and operation required.
 * It says nothing about which fields an operation needs, references, or the JSON inside code fields.
 */
export function configSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const field of Object.values(intercomFields)) {
    if (field.name === 'operation') {
      properties[field.name] = { type: 'string', enum: [...new Set(intercomBlock.operations.map((op) => op.operation))] };
    } else if (field.kind === 'select') {
      properties[field.name] = { type: 'string', enum: fieldOptions(field.name as FieldName, { resource: '' }).map((option) => option.value) };
    } else if (field.kind === 'number') {
      properties[field.name] = {
        anyOf: [{ type: 'integer', ...(field.min === undefined ? {} : { minimum: field.min }), ...(field.max === undefined ? {} : { maximum: field.max }) }, { type: 'string' }],
      };
    } else {
      properties[field.name] = { type: 'string' };
    }
  }
  return { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties, required: ['resource', 'operation'] };
}

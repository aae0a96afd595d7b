import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { intercomBlock, intercomFields, visibleFields, type VisibleField } from '@workflow-blocks/block-core';

/** A field of the block as a JSON Schema property: what an rjsf form would be given. */
function propertyOf(field: VisibleField, examples: string[] | undefined): RJSFSchema {
  const { definition } = field;
  const common: RJSFSchema = { title: definition.label, description: definition.help, ...(field.default === undefined ? {} : { default: field.default }) };
  switch (definition.kind) {
    case 'select':
      return { ...common, type: 'string', enum: (definition.options ?? []).map((option) => option.value) };
    case 'number':
      return { ...common, type: 'integer', ...(definition.min === undefined ? {} : { minimum: definition.min }), ...(definition.max === undefined ? {} : { maximum: definition.max }) };
    default:
      return { ...common, type: 'string', ...(examples && definition.acceptsReferences ? { examples } : {}) };
  }
}

/**
 * The same fields as the editor, for one resource, as a JSON Schema: resource and operation, and each operation's
 * fields through `dependencies`/`oneOf` (rjsf's way to show fields by a select's value). With `examples`, text
 * fields that accept references offer them in a `<datalist>` (rjsf's built-in suggestion list).
 */
export function rjsfFormFor(resource: string, examples?: string[]): { schema: RJSFSchema; uiSchema: UiSchema } {
  const operations = intercomBlock.operations.filter((op) => op.resource === resource);
  const uiSchema: UiSchema = { 'ui:order': ['resource', 'operation', '*'], 'ui:submitButtonOptions': { norender: true } };
  const branches = operations.map((op) => {
    const fields = visibleFields({ resource, operation: op.operation }).filter((field) => field.name !== 'resource' && field.name !== 'operation');
    const properties: Record<string, RJSFSchema> = { operation: { enum: [op.operation] } };
    for (const field of fields) {
      properties[field.name] = propertyOf(field, examples);
      if (field.definition.kind === 'code' || field.definition.kind === 'textarea') uiSchema[field.name] = { 'ui:widget': 'textarea' };
    }
    return { properties, required: fields.filter((field) => field.required).map((field) => field.name) };
  });
  const schema: RJSFSchema = {
    type: 'object',
    required: ['resource', 'operation'],
    properties: {
      resource: { type: 'string', title: intercomFields.resource.label, description: intercomFields.resource.help, enum: [resource] },
      operation: { type: 'string', title: intercomFields.operation.label, description: intercomFields.operation.help, enum: operations.map((op) => op.operation) },
    },
    dependencies: { operation: { oneOf: branches } },
  };
  return { schema, uiSchema };
}

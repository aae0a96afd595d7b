import type { DataAttributeInfo } from './data-attribute.js';
import { DRAFT_07, deepFreeze, type JsonSchema } from './json-schema.js';
import { orReference } from './reference-string.js';

/** A custom attribute value: text, a number, true/false, null (to clear it) or a list of custom object ids. */
export const customAttributeValueSchema: JsonSchema = {
  description: 'Text, a number, true or false, a date as a UNIX timestamp in seconds, null to clear it, or a list of custom object instance IDs.',
  type: ['string', 'number', 'boolean', 'null', 'array'],
  items: { type: ['string', 'number'] },
  errorMessage: 'A custom attribute holds text, a number, true or false, null, or a list of IDs; nested objects are not accepted.',
};

/** The custom data attributes set on a contact (`custom_attributes` of create/update contact, 2.16). */
export const customAttributesSchema: JsonSchema = deepFreeze({
  $schema: DRAFT_07,
  title: 'Custom attributes',
  description: 'Custom data attributes to set on the contact, by name. Each name must be a custom attribute defined in your Intercom workspace.',
  type: 'object',
  propertyNames: { minLength: 1, errorMessage: 'A custom attribute needs a name.' },
  additionalProperties: customAttributeValueSchema,
  defaultSnippets: [{ label: 'Custom attribute', body: { plan: 'pro' } }],
});

const typeSchemas: Record<string, { schema: JsonSchema; words: string }> = {
  string: { schema: { type: 'string' }, words: 'text' },
  integer: { schema: { type: 'integer' }, words: 'whole number' },
  float: { schema: { type: 'number' }, words: 'number' },
  boolean: { schema: { type: 'boolean' }, words: 'true or false' },
  date: { schema: { type: 'integer', minimum: 0 }, words: 'date: UNIX timestamp in seconds' },
};

/** The schema of one custom attribute's value: its type (or null to clear it, or a reference), its options, its description. */
export function customAttributeSchema(attribute: DataAttributeInfo): JsonSchema {
  const known = typeSchemas[attribute.data_type];
  const about = [attribute.label && attribute.label !== attribute.name ? attribute.label : undefined, attribute.description].filter(Boolean).join(': ');
  const description = `${about ? `${about} ` : ''}(${known?.words ?? attribute.data_type}${attribute.options?.length ? `, one of ${attribute.options.join(', ')}` : ''}).`;
  if (!known) return { ...customAttributeValueSchema, description };
  const value: JsonSchema = attribute.options?.length ? { ...known.schema, enum: [...attribute.options] } : known.schema;
  return { anyOf: [orReference({ ...value, description }), { type: 'null', description: 'Clears the attribute.' }], description };
}

const typedSchemas = new WeakMap<readonly DataAttributeInfo[], JsonSchema>();

/**
 * The custom attributes schema of one workspace: each of its custom attributes a property with its type, options
 * and description (for completion and hover); other names stay open here, and validation says they are unknown.
 * The same list gives the same schema.
 */
export function customAttributesSchemaFor(attributes: readonly DataAttributeInfo[]): JsonSchema {
  let schema = typedSchemas.get(attributes);
  if (!schema) {
    schema = deepFreeze<JsonSchema>({
      ...customAttributesSchema,
      description: `${customAttributesSchema.description ?? ''} This workspace's: ${attributes.map((attribute) => attribute.name).join(', ') || 'none yet'}.`,
      properties: Object.fromEntries(attributes.map((attribute) => [attribute.name, customAttributeSchema(attribute)])),
      defaultSnippets: attributes.length > 0 ? [{ label: 'Custom attribute', body: { [attributes[0]?.name ?? 'plan']: '' } }] : customAttributesSchema.defaultSnippets,
    });
    typedSchemas.set(attributes, schema);
  }
  return schema;
}

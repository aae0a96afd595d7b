import { DRAFT_07, deepFreeze, type JsonSchema } from './json-schema.js';

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

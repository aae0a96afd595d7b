import { describe, expect, it } from 'vitest';
import type { DataAttributeInfo } from './data-attribute.js';
import type { JsonSchema } from './json-schema.js';
import { jsonFieldSchemas } from './json-field-schemas.js';
import { jsonSchemaWithDataAttributes, needsDataAttributes } from './workspace-json-schemas.js';

const attributes: DataAttributeInfo[] = [
  { name: 'plan', label: 'Plan', data_type: 'string', description: 'Subscription plan', options: ['free', 'pro'] },
  { name: 'seats', data_type: 'integer', description: 'Paid seats' },
  { name: 'renewal_date', data_type: 'date' },
];

describe('the JSON schemas that know the workspace’s custom attributes', () => {
  it('are the custom attributes and the contact search, not the conversation search or the ticket', () => {
    expect(needsDataAttributes('customAttributes')).toBe(true);
    expect(needsDataAttributes('searchQuery')).toBe(true);
    expect(needsDataAttributes('conversationSearchQuery')).toBe(false);
    expect(needsDataAttributes('ticket')).toBe(false);
    expect(jsonSchemaWithDataAttributes('ticket', attributes)).toBeUndefined();
  });

  it('offer each custom attribute as a property with its type, options and description, other names still open', () => {
    const schema = jsonSchemaWithDataAttributes('customAttributes', attributes);
    const properties = schema?.properties ?? {};
    expect(Object.keys(properties)).toEqual(['plan', 'seats', 'renewal_date']);
    expect(properties.plan?.description).toBe('Plan: Subscription plan (text, one of free, pro).');
    expect(JSON.stringify(properties.plan)).toContain('"enum":["free","pro"]');
    expect(properties.seats?.description).toBe('Paid seats (whole number).');
    expect(JSON.stringify(properties.renewal_date)).toContain('"type":"integer"');
    expect(schema?.additionalProperties).toEqual(jsonFieldSchemas.customAttributes.additionalProperties);
    // The same list gives the same schema, so Monaco is not handed a new one on every render.
    expect(jsonSchemaWithDataAttributes('customAttributes', attributes)).toBe(schema);
  });

  it('offer custom_attributes.<name> as search fields, described with their type and operators', () => {
    const text = JSON.stringify(jsonSchemaWithDataAttributes('searchQuery', attributes));
    expect(text).toContain('"custom_attributes.plan"');
    expect(text).toContain('"custom_attributes.seats"');
    expect(text).toContain('Paid seats. Custom attribute (whole number). Operators: =, !=, IN, NIN, <, <=, > or >=.');
    expect(JSON.stringify(jsonFieldSchemas.searchQuery)).not.toContain('"custom_attributes.plan"');
    const fieldEnum = (schema: JsonSchema | undefined) => JSON.stringify(schema).match(/"enum":\["id","role"[^\]]*\]/)?.[0] ?? '';
    expect(fieldEnum(jsonSchemaWithDataAttributes('searchQuery', attributes))).toContain('custom_attributes.renewal_date');
  });
});

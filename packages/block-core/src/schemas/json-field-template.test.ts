import { describe, expect, it } from 'vitest';
import { intercomOperations } from '../operations/index.js';
import { visibleFields } from '../definition/visibility.js';
import { jsonFieldSchemas } from './json-field-schemas.js';
import { jsonFieldTemplate } from './json-field-template.js';

describe('jsonFieldTemplate', () => {
  it('gives every JSON field of every operation a template from its schema: an indented JSON object', () => {
    for (const op of intercomOperations) {
      for (const field of visibleFields({ resource: op.resource, operation: op.operation }).filter((f) => f.definition.kind === 'code')) {
        const template = jsonFieldTemplate(field.schema === undefined ? undefined : jsonFieldSchemas[field.schema]);
        expect(template, `${op.key} ${field.name}`).toBeDefined();
        const value: unknown = JSON.parse(template?.text ?? '');
        expect(value, `${op.key} ${field.name}`).toEqual(expect.any(Object));
        expect(template?.text).toContain('\n  "');
      }
    }
  });

  it("follows each search's own schema: a query skeleton on that endpoint's fields", () => {
    expect(JSON.parse(jsonFieldTemplate(jsonFieldSchemas.searchQuery)?.text ?? '')).toEqual({ query: { field: 'email', operator: '=', value: '' } });
    expect(JSON.parse(jsonFieldTemplate(jsonFieldSchemas.conversationSearchQuery)?.text ?? '')).toEqual({ query: { field: 'state', operator: '=', value: 'open' } });
    expect(jsonFieldTemplate(jsonFieldSchemas.searchQuery)?.label).toBe('Search by email');
  });

  it('offers a custom attributes object and a ticket body', () => {
    expect(JSON.parse(jsonFieldTemplate(jsonFieldSchemas.customAttributes)?.text ?? '')).toEqual({ plan: 'pro' });
    expect(JSON.parse(jsonFieldTemplate(jsonFieldSchemas.ticket)?.text ?? '')).toMatchObject({ ticket_type_id: '', contacts: [{ id: '' }] });
  });

  it('offers nothing for a schema without snippets', () => {
    expect(jsonFieldTemplate({ type: 'object' })).toBeUndefined();
    expect(jsonFieldTemplate(undefined)).toBeUndefined();
  });

});

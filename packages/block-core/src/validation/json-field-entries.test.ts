import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonFieldSchemaId } from '../definition/field-types.js';
import { jsonFieldSchemas } from '../schemas/json-field-schemas.js';
import { jsonFieldEntries } from './json-field-entries.js';
import { checkJsonField } from './json-field-rules.js';

const schemaIds = Object.keys(jsonFieldSchemas) as JsonFieldSchemaId[];

describe('jsonFieldEntries (each JSON schema with its example and rules)', () => {
  it.each(schemaIds)('gives %s an example that its schema and rules accept', (id) => {
    expect(checkJsonField('queryJson', id, jsonFieldEntries[id].example)).toEqual([]);
  });

  it("runs a schema's own rules: a conversation search is checked against the conversation fields, a ticket against its type", () => {
    const unknownField = '{"query": {"field": "email", "operator": "=", "value": "x"}}';
    expect(checkJsonField('queryJson', 'searchQuery', unknownField)).toEqual([]);
    expect(checkJsonField('queryJson', 'conversationSearchQuery', unknownField).map((issue) => issue.code)).toContain('unknown_search_field');
    const ticket = '{"ticket_type_id": "7", "contacts": [{"id": "1"}]}';
    const ticketTypes = [{ id: '7', name: 'Bug', attributes: [{ name: '_default_title_', data_type: 'string', required_to_create: true }] }];
    expect(checkJsonField('ticketJson', 'ticket', ticket, { ticketTypes }).map((issue) => issue.message).join(' ')).toMatch(/_default_title_/);
  });

  it('leaves validation naming no schema: its rules come from the entries', () => {
    const folder = new URL('./', import.meta.url);
    const sources = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'json-field-entries.ts');
    for (const name of sources) {
      const text = readFileSync(new URL(name, folder), 'utf8');
      for (const id of schemaIds) expect(text, `${name} names the schema ${id}`).not.toContain(`'${id}'`);
    }
  });
});

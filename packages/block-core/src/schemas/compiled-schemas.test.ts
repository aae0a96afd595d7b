import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { acceptedContactSearches } from '@workflow-blocks/test-support';
import { describe, expect, it } from 'vitest';
import { Validator } from '@cfworker/json-schema';
import type { JsonFieldSchemaId } from '../definition/field-types.js';
import { compiledSchemaSource } from './compiled-schema-source.js';
import { compiledSchemaChecks } from './compiled-schemas.js';
import { jsonFieldSchemas } from './json-field-schemas.js';

const files: Record<JsonFieldSchemaId, string> = {
  conversationSearchQuery: './compiled/conversation-search-query.ts',
  customAttributes: './compiled/custom-attributes.ts',
  searchQuery: './compiled/search-query.ts',
  ticket: './compiled/ticket.ts',
  ticketAttributes: './compiled/ticket-attributes.ts',
  ticketSearchQuery: './compiled/ticket-search-query.ts',
};

const ids = Object.keys(jsonFieldSchemas) as JsonFieldSchemaId[];
const full = (id: JsonFieldSchemaId) => {
  const validator = new Validator(structuredClone(jsonFieldSchemas[id]), '7', false);
  return (value: unknown) => validator.validate(value).valid;
};

describe('the precompiled JSON field schemas', () => {
  it.each(ids)('%s is generated from its schema as it is now (run with -u after changing a schema)', async (id) => {
    await expect(compiledSchemaSource(jsonFieldSchemas[id])).toMatchFileSnapshot(files[id]);
  });

  // The built proxy loads them as ES modules in Node, where `require` does not exist (it crashed at start once).
  it.each(ids)('%s is a plain ES module that requires nothing', async (id) => {
    const source = await readFile(new URL(files[id], import.meta.url), 'utf8');
    expect(source).not.toMatch(/\brequire\s*\(/);
  });

  it('counts a string length in code points, as JSON Schema does', () => {
    const attributes = compiledSchemaChecks.customAttributes;
    expect(attributes({ '😀': 1 })).toBe(true);
    expect(attributes({ '': 1 })).toBe(false);
  });

  it.each(ids)('%s agrees with the full checker on valid and invalid values', (id) => {
    const compiled = compiledSchemaChecks[id];
    const checker = full(id);
    const searches = acceptedContactSearches.map(([, body]) => body);
    const samples: unknown[] = [
      ...searches,
      {},
      [],
      null,
      'text',
      { query: { field: 'email', operator: '=', value: 'a@b.co' } },
      { query: { field: 'email', operator: 'LIKE', value: 'a' } },
      { query: { operator: 'AND', value: [] } },
      { query: { operator: 'AND', value: [{ operator: 'OR', value: [{ operator: 'AND', value: [] }] }] } },
      { query: { field: 'email', operator: '=', value: '<Trigger.email>' }, pagination: { per_page: 151 } },
      { query: { field: 'email', operator: '=', value: 'a' }, sort: { field: 'name', order: 'sideways' } },
      { ticket_type_id: '7', contacts: [{ id: '6762f0b1' }], ticket_attributes: { _default_title_: 'Crash' } },
      { ticket_type_id: 7, contacts: [] },
      { ticket_type_id: '<Trigger.type>', contacts: [{ email: 'a@b.co' }] },
      { plan: 'pro', seats: 3, trial: false, nested: { no: 1 } },
    ];
    for (const value of samples) expect(compiled(value), JSON.stringify(value)).toBe(checker(value));
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(compiled(value)).toBe(checker(value));
      }),
      { numRuns: 300 },
    );
  });
});

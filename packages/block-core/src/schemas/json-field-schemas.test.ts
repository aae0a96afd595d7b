import { Validator } from '@cfworker/json-schema';
import { createSpecValidator, loadIntercomSpec } from '@workflow-blocks/test-support';
import { describe, expect, it } from 'vitest';
import { intercomFields } from '../definition/fields.js';
import { jsonFieldSchemas } from './json-field-schemas.js';
import type { JsonSchema } from './json-schema.js';
import { searchableContactFields, searchOperatorNames } from './search-fields.js';

const spec = loadIntercomSpec() as {
  paths: Record<string, Record<string, { description?: string }>>;
  components: { schemas: Record<string, unknown> };
};
const specValidator = createSpecValidator();
const specAccepts = (name: string) => (value: unknown) => specValidator.validateSchema(name, value).valid;
const oursAccepts = (schema: JsonSchema) => {
  const validator = new Validator(structuredClone(schema), '7', false);
  return (value: unknown) => validator.validate(value).valid;
};

const richSearch = {
  query: {
    operator: 'AND',
    value: [
      { operator: 'OR', value: [{ field: 'email', operator: '=', value: 'jane@example.com' }, { field: 'role', operator: 'IN', value: ['user', 'lead'] }] },
      { operator: 'OR', value: [{ field: 'created_at', operator: '>', value: 1577836800 }, { field: 'custom_attributes.plan', operator: '~', value: 'pro' }] },
    ],
  },
  pagination: { per_page: 50, starting_after: 'cursor' },
  sort: { field: 'created_at', order: 'ascending' },
};
const richTicket = {
  ticket_type_id: '12',
  contacts: [{ id: '6762f0b1' }],
  ticket_attributes: { _default_title_: 'Broken', _default_description_: 'It broke', priority: 'p1', count: 3 },
  conversation_to_link_id: '123',
  company_id: 'c1',
  created_at: 1590000000,
  assignment: { admin_assignee_id: '1', team_assignee_id: '2' },
  skip_notifications: true,
};
const richConversationSearch = {
  query: {
    operator: 'AND',
    value: [
      { operator: 'OR', value: [{ field: 'admin_assignee_id', operator: '=', value: 0 }, { field: 'team_assignee_id', operator: 'IN', value: [5100002, 0] }] },
      { operator: 'OR', value: [{ field: 'state', operator: '!=', value: 'closed' }, { field: 'tag_ids', operator: '=', value: '9100001' }] },
    ],
  },
  pagination: { per_page: 20, starting_after: null },
};
const richTicketSearch = {
  query: {
    operator: 'AND',
    value: [
      { operator: 'OR', value: [{ field: 'title', operator: '~', value: 'export' }, { field: 'ticket_attribute.2103', operator: '=', value: '5003' }] },
      { operator: 'OR', value: [{ field: 'state', operator: 'IN', value: ['submitted', 'in_progress'] }, { field: 'admin_assignee_id', operator: '=', value: '0' }] },
    ],
  },
  pagination: { per_page: 20, starting_after: null },
};
const richTicketAttributes = { _default_title_: 'Export fails', severity: '5003', customers_affected: 4, reproducible: false, affected_version: null };
const richCustomAttributes = { plan: 'pro', monthly_spend: 155.5, paid: true, cleared: null, order: ['21'] };

describe('jsonFieldSchemas', () => {
  it('has a schema for every JSON field of the block', () => {
    for (const field of Object.values(intercomFields)) {
      if (field.kind === 'code') expect(jsonFieldSchemas[field.schema ?? 'ticket']).toBeDefined();
    }
    expect(Object.keys(jsonFieldSchemas).sort()).toEqual(['conversationSearchQuery', 'customAttributes', 'searchQuery', 'ticket', 'ticketAttributes', 'ticketSearchQuery']);
  });

  it('use only draft-07 keywords and the editor extensions Monaco reads (no typos)', () => {
    const keywords = new Set([
      '$schema', '$comment', 'title', 'description', 'markdownDescription', 'type', 'enum', 'enumDescriptions', 'const',
      'default', 'examples', 'properties', 'required', 'additionalProperties', 'propertyNames', 'minProperties',
      'maxProperties', 'items', 'contains', 'minItems', 'maxItems', 'anyOf', 'allOf', 'if', 'then', 'else', 'not',
      'minimum', 'maximum', 'minLength', 'pattern', 'defaultSnippets', 'errorMessage',
    ]);
    const unknown: string[] = [];
    const visit = (schema: JsonSchema, at: string) => {
      for (const [key, value] of Object.entries(schema)) {
        if (!keywords.has(key)) unknown.push(`${at}/${key}`);
        if (key === 'properties') for (const [name, child] of Object.entries(value as Record<string, JsonSchema>)) visit(child, `${at}/properties/${name}`);
        else if (['anyOf', 'allOf'].includes(key)) (value as JsonSchema[]).forEach((child, i) => visit(child, `${at}/${key}/${i}`));
        else if (['items', 'contains', 'if', 'then', 'else', 'not', 'propertyNames'].includes(key)) visit(value as JsonSchema, `${at}/${key}`);
        else if (key === 'additionalProperties' && typeof value === 'object') visit(value as JsonSchema, `${at}/${key}`);
      }
    };
    for (const [id, schema] of Object.entries(jsonFieldSchemas)) visit(schema, id);
    expect(unknown).toEqual([]);
  });

  it('give every enum a description per value', () => {
    const missing: string[] = [];
    const visit = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      const schema = node as JsonSchema;
      if (Array.isArray(schema.enum) && at.split('/').at(-2) !== 'if' && schema.enumDescriptions?.length !== schema.enum.length) missing.push(at);
      for (const [key, value] of Object.entries(node)) if (key !== 'enum' && key !== 'defaultSnippets') visit(value, `${at}/${key}`);
    };
    for (const [id, schema] of Object.entries(jsonFieldSchemas)) visit(schema, id);
    expect(missing).toEqual([]);
  });
});

describe('every schema accepts a reference string in every value position', () => {
  /** Every path in a value, the root excluded. */
  function* valuePaths(value: unknown, path: (string | number)[] = []): Generator<(string | number)[]> {
    if (path.length > 0) yield path;
    if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* valuePaths(item, [...path, i]);
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* valuePaths(item, [...path, key]);
  }
  const replaced = (value: unknown, path: (string | number)[], by: unknown): unknown => {
    const copy = structuredClone(value) as Record<string | number, unknown>;
    let node = copy;
    for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
    node[path[path.length - 1] ?? ''] = by;
    return copy;
  };

  it.each([
    ['searchQuery', richSearch],
    ['conversationSearchQuery', richConversationSearch],
    ['ticket', richTicket],
    ['customAttributes', richCustomAttributes],
    ['ticketSearchQuery', richTicketSearch],
    ['ticketAttributes', richTicketAttributes],
  ] as const)('%s', (id, sample) => {
    const accepts = oursAccepts(jsonFieldSchemas[id]);
    expect(accepts(sample)).toBe(true);
    const refused = [...valuePaths(sample)].filter((path) => !accepts(replaced(sample, path, '<Trigger.value[0].x>')));
    expect(refused).toEqual([]);
  });

  it('including a number position, such as a filter value or per_page', () => {
    const accepts = oursAccepts(jsonFieldSchemas.searchQuery);
    expect(accepts({ query: { field: 'custom_attributes.age', operator: '>', value: '<Trigger.age>' }, pagination: { per_page: '<Trigger.n>' } })).toBe(true);
    expect(oursAccepts(jsonFieldSchemas.ticket)({ ticket_type_id: '<Trigger.type>', contacts: [{ id: '<Trigger.contact.id>' }] })).toBe(true);
  });

  it('but not a reference inside longer text where a number goes', () => {
    expect(oursAccepts(jsonFieldSchemas.ticket)({ ...richTicket, created_at: '<Trigger.time> UTC' })).toBe(false);
  });
});

describe('parity with the Intercom 2.16 spec', () => {
  const searchDescription = spec.paths['/contacts/search']?.post?.description ?? '';

  it('lists the searchable fields of the Search Contacts description', () => {
    const table = searchDescription.slice(searchDescription.indexOf('### Accepted Fields'), searchDescription.indexOf('### Accepted Operators'));
    const documented = [...table.matchAll(/^\| ([a-z_.{}]+)\s+\|/gm)]
      .map((match) => match[1] ?? '')
      .filter((name) => name !== 'custom_attributes.{attribute_name}')
      // The spec misspells this one; Intercom's contact field is android_sdk_version.
      .map((name) => (name === 'andoid_sdk_version' ? 'android_sdk_version' : name));
    expect(documented.length).toBeGreaterThan(40);
    expect(searchableContactFields.map((entry) => entry.field).sort()).toEqual(documented.sort());
    const dates = [...table.matchAll(/^\| ([a-z_]+)\s+\| Date/gm)].map((match) => match[1]);
    expect(searchableContactFields.filter((entry) => entry.type === 'date').map((entry) => entry.field).sort()).toEqual(dates.sort());
  });

  it('has the operator enum of single_filter_search_request', () => {
    const single = spec.components.schemas.single_filter_search_request as { properties: { operator: { enum: string[] } } };
    expect(searchOperatorNames).toEqual(single.properties.operator.enum);
  });

  const search = specAccepts('contact_search_request');
  const ticket = specAccepts('create_ticket_request');
  const ours = { search: oursAccepts(jsonFieldSchemas.searchQuery), ticket: oursAccepts(jsonFieldSchemas.ticket) };

  it('accepts what the spec accepts, for bodies people write', () => {
    const bodies = [
      richSearch,
      { query: { field: 'email', operator: '=', value: 'a@b.co' } },
      { query: { operator: 'OR', value: [{ field: 'name', operator: '^', value: 'Ja' }] }, pagination: { per_page: 5 } },
    ];
    for (const body of bodies) {
      expect(search(body)).toBe(true);
      expect(ours.search(body)).toBe(true);
    }
    for (const body of [richTicket, { ticket_type_id: '1', contacts: [{ email: 'a@b.co' }] }]) {
      expect(ticket(body)).toBe(true);
      expect(ours.ticket(body)).toBe(true);
    }
  });

  it('refuses what the spec refuses', () => {
    const badSearches = [
      {},
      { query: { field: 'email', operator: 'contains', value: 'a' } },
      { query: { field: 'email', operator: '=', value: 'a' }, sort: { order: 'desc' } },
      { query: { operator: 'AND', value: [{ field: 'email', operator: '=', value: 'a' }, { operator: 'OR', value: [{ field: 'name', operator: '=', value: 'b' }] }] } },
    ];
    for (const body of badSearches) {
      expect(search(body)).toBe(false);
      expect(ours.search(body)).toBe(false);
    }
    const badTickets = [
      { contacts: [{ id: '1' }] },
      { ticket_type_id: 88, contacts: [{ id: '1' }] },
      { ticket_type_id: '1' },
      { ticket_type_id: '1', contacts: [{ id: '1', email: 'a@b.co' }] },
    ];
    for (const body of badTickets) {
      expect(ticket(body)).toBe(false);
      expect(ours.ticket(body)).toBe(false);
    }
  });
});

describe('parity with the Intercom 2.16 spec: conversation search', () => {
  const search = specAccepts('search_request');
  const ours = oursAccepts(jsonFieldSchemas.conversationSearchQuery);

  it('accepts what search_request accepts, for bodies people write', () => {
    for (const body of [richConversationSearch, { query: { field: 'open', operator: '=', value: true } }, { query: { field: 'source.body', operator: '~', value: 'refund' }, pagination: { per_page: 150 } }]) {
      expect(search(body)).toBe(true);
      expect(ours(body)).toBe(true);
    }
  });

  it('refuses what search_request refuses', () => {
    for (const body of [{}, { query: { field: 'state', operator: 'contains', value: 'open' } }, { query: { field: 'state', operator: '=', value: { a: 1 } } }]) {
      expect(search(body)).toBe(false);
      expect(ours(body)).toBe(false);
    }
  });
});

describe('parity with the Intercom 2.16 spec: ticket search', () => {
  const search = specAccepts('search_request');
  const ours = oursAccepts(jsonFieldSchemas.ticketSearchQuery);

  it('accepts what search_request accepts, for bodies people write', () => {
    for (const body of [richTicketSearch, { query: { field: 'open', operator: '=', value: true } }, { query: { field: 'description', operator: '~', value: 'refund' }, pagination: { per_page: 150 } }]) {
      expect(search(body)).toBe(true);
      expect(ours(body)).toBe(true);
    }
  });

  it('refuses what search_request refuses, and the conversation-only fields', () => {
    for (const body of [{}, { query: { field: 'state', operator: 'contains', value: 'open' } }, { query: { field: 'state', operator: '=', value: { a: 1 } } }]) {
      expect(search(body)).toBe(false);
      expect(ours(body)).toBe(false);
    }
    // Valid for the spec's generic search_request, but not a ticket field: Intercom answers 400.
    for (const field of ['_default_title_', 'ticket_state_id', 'source.body']) expect(ours({ query: { field, operator: '=', value: 'x' } }), field).toBe(false);
  });
});

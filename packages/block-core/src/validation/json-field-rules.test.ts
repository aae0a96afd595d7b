import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TicketTypeInfo } from '../schemas/ticket-type.js';
import { checkJsonField, mergeProblems } from './json-field-rules.js';
import type { JsonProblem } from './json-problem.js';

const search = (text: string) => checkJsonField('queryJson', 'searchQuery', text);
const ticket = (text: string, ticketTypes?: TicketTypeInfo[]) => checkJsonField('ticketJson', 'ticket', text, { ticketTypes });
const attributes = (text: string) => checkJsonField('customAttributesJson', 'customAttributes', text);

describe('checkJsonField', () => {
  it('reports a syntax error once, where it is', () => {
    expect(search('{\n  "query": {"field": "email", "operator": "=", "value": "a",}\n}')).toEqual([
      {
        field: 'queryJson',
        code: 'invalid_json',
        message: 'Not valid JSON: Remove the comma before "}": JSON does not allow a trailing comma.',
        line: 2,
        column: 61,
        endLine: 2,
        endColumn: 62,
      },
    ]);
  });

  it('needs a JSON object', () => {
    expect(search('[1]')).toEqual([
      {
        field: 'queryJson',
        code: 'not_an_object',
        message: 'This must be a JSON object, such as {"query": {"field": "email", "operator": "=", "value": "jane@example.com"}}; it is a list.',
        path: '$',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
      },
    ]);
    expect(attributes('"plan"')[0]?.message).toContain('it is text');
    expect(ticket('null')[0]?.code).toBe('not_an_object');
  });

  it('places each problem at its path in the text, in reading order', () => {
    const text = ['{', '  "query": {', '    "operator": "AND",', '    "value": [', '      {"field": "created_at", "operator": ">=", "value": 1},', '      {"field": "email", "operator": "contains", "value": "x"}', '    ]', '  },', '  "sort": {"order": "desc"}', '}'].join('\n');
    expect(search(text)).toEqual([
      {
        field: 'queryJson',
        code: 'operator_not_for_field',
        message: 'created_at is a date field: use =, < or >.',
        path: '$.query.value[0].operator',
        line: 5,
        column: 43,
        endLine: 5,
        endColumn: 47,
      },
      expect.objectContaining({ code: 'invalid_operator', path: '$.query.value[1].operator', line: 6, column: 38, endColumn: 48 }),
      expect.objectContaining({ code: 'invalid_sort_order', path: '$.sort.order', line: 9, column: 21, endColumn: 27 }),
    ]);
  });

  it('reports a problem once, not once per schema alternative', () => {
    const mixed = '{"query": {"operator": "AND", "value": [{"field": "name", "operator": "=", "value": "a"}, {"operator": "OR", "value": [{"field": "email", "operator": "=", "value": "b"}]}]}}';
    expect(search(mixed).map((issue) => `${issue.path} ${issue.code}`)).toEqual(['$.query.value mixed_group']);
    const deep = '{"query": {"operator": "AND", "value": [{"operator": "OR", "value": [{"operator": "AND", "value": [{"field": "name", "operator": "=", "value": "a"}]}]}]}}';
    expect(search(deep).map((issue) => `${issue.path} ${issue.code}`)).toEqual(['$.query.value[0].value[0] too_deep']);
    const lowerCase = '{"query": {"operator": "or", "value": [{"field": "name", "operator": "=", "value": "a"}]}}';
    expect(search(lowerCase).map((issue) => `${issue.path} ${issue.code}`)).toEqual(['$.query.operator invalid_operator']);
    const twoIds = '{"ticket_type_id": "1", "contacts": [{"id": "1", "email": "a@b.co"}]}';
    expect(ticket(twoIds).map((issue) => `${issue.path} ${issue.code}`)).toEqual(['$.contacts[0] contact_identifiers_conflict']);
  });

  it('adds what only the schema knows: unknown keys, value types', () => {
    const issues = search('{"query": {"field": "email", "operator": "=", "value": {"a": 1}, "limit": 5}, "page": 2}');
    expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual(['$.query.value invalid_type', '$.query.limit unknown_property', '$.page unknown_property']);
    expect(issues[2]?.message).toBe('"page" is not accepted. Use one of: query, pagination, sort.');
    expect(ticket('{"ticket_type_id": "1", "contacts": [{"id": "1"}], "skip_notifications": "yes"}')[0]).toMatchObject({
      path: '$.skip_notifications',
      message: '"skip_notifications" must be true or false (or exactly one reference, such as "<Step.field>"); it is the text "yes".',
    });
  });

  it('marks a missing property on the object it belongs in', () => {
    expect(ticket('{\n  "contacts": [{"id": "1"}]\n}')).toEqual([
      {
        field: 'ticketJson',
        code: 'required',
        message: 'Add "ticket_type_id": the ID of the ticket type to create, as text.',
        path: '$.ticket_type_id',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
      },
    ]);
  });

  it("checks a ticket against its type's own schema when the types are known", () => {
    const types: TicketTypeInfo[] = [{ id: '7', name: 'Bug', attributes: [{ name: 'steps', data_type: 'integer', required_to_create: true }] }];
    expect(ticket('{"ticket_type_id": "7", "contacts": [{"id": "1"}], "ticket_attributes": {"steps": "many"}}', types)).toEqual([
      expect.objectContaining({ path: '$.ticket_attributes.steps', code: 'invalid_type', message: expect.stringContaining('whole number') as string }),
    ]);
    expect(ticket('{"ticket_type_id": "7", "contacts": [{"id": "1"}]}', types).map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      '$.ticket_attributes.steps missing_ticket_attribute',
    ]);
  });

  it('explains a custom attribute that is an object', () => {
    expect(attributes('{"plan": "pro", "address": {"city": "Paris"}}')).toEqual([
      expect.objectContaining({
        path: '$.address',
        code: 'invalid_value',
        message: 'A custom attribute holds text, a number, true or false, null, or a list of IDs; nested objects are not accepted.',
      }),
    ]);
    expect(attributes('{"plan": "<Trigger.plan>", "seats": "<Trigger.seats>"}')).toEqual([]);
  });
});

describe('mergeProblems', () => {
  const problem = (path: (string | number)[], code: string, coversInside?: boolean): JsonProblem => ({ path, target: 'value', code, message: code, coversInside });

  it('keeps a rule over the schema on the same value, on what contains it, and inside what a rule covers', () => {
    const rules = [problem(['a', 'b'], 'rule'), problem(['c'], 'whole', true)];
    const schema = [problem(['a', 'b'], 'same'), problem(['a'], 'outer'), problem(['c', 0, 'x'], 'inside'), problem(['d'], 'other'), problem(['a', 'e'], 'sibling')];
    expect(mergeProblems(rules, schema).map((p) => p.code)).toEqual(['rule', 'whole', 'other', 'sibling']);
  });
});

describe('checkJsonField on anything a person might type', () => {
  const scalar = fc.oneof(fc.constantFrom('email', 'created_at', 'AND', 'or', 'IN', '=', '>=', 'contains', '<Trigger.x>', '', 'custom_attributes.plan'), fc.integer(), fc.boolean(), fc.constant(null));
  const { node } = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      scalar,
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('field', 'operator', 'value', 'query', 'pagination', 'per_page', 'sort', 'order', 'contacts', 'id', 'email', 'ticket_type_id', 'ticket_attributes', 'x'), tie('node'), { maxKeys: 4 }),
    ),
  }));
  const jargon = /instance|subschema|anyOf|oneOf|schema|#\//i;

  it('reports each problem once, in words, with a path and a place', () => {
    fc.assert(
      fc.property(node, fc.constantFrom<'searchQuery' | 'conversationSearchQuery' | 'ticket' | 'customAttributes'>('searchQuery', 'conversationSearchQuery', 'ticket', 'customAttributes'), (value, schemaId) => {
        const issues = checkJsonField('queryJson', schemaId, JSON.stringify(value, null, 1));
        const keys = issues.map((issue) => `${issue.path} ${issue.code}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const issue of issues) {
          expect(issue.message).not.toMatch(jargon);
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.column).toBeGreaterThanOrEqual(1);
          expect(issue.path ?? '$').toMatch(/^\$/);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('checkJsonField: conversation search', () => {
  const conversationSearch = (text: string) => checkJsonField('queryJson', 'conversationSearchQuery', text);

  it('accepts open conversations assigned to nobody', () => {
    expect(conversationSearch('{"query": {"operator": "AND", "value": [{"field": "open", "operator": "=", "value": true}, {"field": "admin_assignee_id", "operator": "=", "value": 0}]}}')).toEqual([]);
  });

  it('reports a contact field and a team id written as text at their place in the text', () => {
    const issues = conversationSearch('{"query": {"operator": "AND", "value": [{"field": "email", "operator": "=", "value": "a"}, {"field": "team_assignee_id", "operator": "=", "value": "0"}]}}');
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['unknown_search_field', '$.query.value[0].field'],
      ['invalid_number_value', '$.query.value[1].value'],
    ]);
    expect(issues.every((issue) => issue.line === 1 && typeof issue.column === 'number')).toBe(true);
  });
});

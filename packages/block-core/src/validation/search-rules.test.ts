import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedContactSearches } from '@workflow-blocks/test-support';
import { formatJsonPath } from './json-path.js';
import { searchOperatorNames } from '../schemas/search-fields.js';
import { contactSearch, conversationSearch } from '../schemas/search-vocabulary.js';
import { checkSearchBody, filterIsFine, filterProblems } from './search-rules.js';

const filter = (field: unknown, operator: unknown, value: unknown) => ({ field, operator, value });
const group = (operator: string, value: unknown) => ({ operator, value });
const problems = (body: Record<string, unknown>) =>
  checkSearchBody(body).map((p) => ({ path: formatJsonPath(p.path), code: p.code, message: p.message }));
const codes = (body: Record<string, unknown>) => checkSearchBody(body).map((p) => `${formatJsonPath(p.path)} ${p.code}`);

describe('checkSearchBody: valid searches', () => {
  it.each([
    // The literal searches, shared with the sandbox's tests: Intercom accepts them, so both must.
    ...acceptedContactSearches,
    ['references wherever a value goes', {
      query: group('AND', [filter('<T.field>', '<T.op>', '<T.value>'), filter('created_at', '>', '<T.since>'), filter('role', 'IN', '<T.roles>'), '<T.filter>']),
      pagination: { per_page: '<T.size>' },
      sort: { order: '<T.order>' },
    }],
    ['a group whose value is a reference', { query: group('OR', '<T.filters>') }],
  ] as (readonly [string, Record<string, unknown>])[])('%s', (_name, body) => {
    expect(problems(body)).toEqual([]);
  });
});

describe('checkSearchBody: rules', () => {
  it('needs a query', () => {
    expect(problems({})).toEqual([
      {
        path: '$.query',
        code: 'required',
        message: 'Add "query": a filter such as {"field": "email", "operator": "=", "value": "jane@example.com"}, or an AND/OR group of filters.',
      },
    ]);
  });

  it("accepts only Intercom's operators, and says which", () => {
    expect(problems({ query: filter('email', 'contains', 'x') })).toEqual([
      {
        path: '$.query.operator',
        code: 'invalid_operator',
        message: 'Operator "contains" is not one Intercom accepts. Use one of: =, !=, IN, NIN, <, <=, >, >=, ~, !~, ^, $.',
      },
    ]);
    expect(problems({ query: filter('role', 'in', ['user']) })[0]?.message).toContain('Write it as "IN".');
  });

  it('allows only =, < and > on date fields', () => {
    for (const op of ['!=', '<=', '>=', 'IN', 'NIN', '~']) {
      const value = op === 'IN' || op === 'NIN' ? [1] : 1;
      expect(problems({ query: filter('created_at', op, value) })).toContainEqual({
        path: '$.query.operator',
        code: 'operator_not_for_field',
        message: 'created_at is a date field: use =, < or >.',
      });
    }
    expect(codes({ query: filter('last_email_clicked_at', '>=', 1) })).toEqual(['$.query.operator operator_not_for_field']);
  });

  it('allows on each kind of field only its operators', () => {
    expect(problems({ query: filter('name', '>', 'a') })[0]?.message).toBe('name is a text field: use =, !=, IN, NIN, ~, !~, ^ or $.');
    expect(problems({ query: filter('has_hard_bounced', '~', 'a') })[0]?.message).toBe('has_hard_bounced is a true/false field: use =, !=, IN or NIN.');
    expect(problems({ query: filter('tag_id', 'IN', ['1']) })[0]?.message).toBe('tag_id is a tag field: use = or !=.');
  });

  it('needs a date as a UNIX timestamp', () => {
    expect(problems({ query: filter('created_at', '>', 'yesterday') })).toEqual([
      { path: '$.query.value', code: 'invalid_date_value', message: 'created_at is a date field: give a UNIX timestamp in seconds, such as 1577836800.' },
    ]);
  });

  it('needs a list with IN and NIN, and a single value otherwise', () => {
    expect(problems({ query: filter('role', 'IN', 'lead') })).toEqual([
      { path: '$.query.value', code: 'list_operator_needs_array', message: 'IN takes a list: write the value as an array, such as ["lead"].' },
    ]);
    expect(codes({ query: filter('role', 'NIN', null) })).toEqual(['$.query.value list_operator_needs_array']);
    expect(problems({ query: filter('role', '=', ['lead']) })[0]).toMatchObject({ code: 'array_needs_list_operator', message: expect.stringContaining('Use IN') as string });
  });

  it('knows the searchable fields, and guesses the one meant', () => {
    expect(problems({ query: filter('nmae', '=', 'a') })).toEqual([
      {
        path: '$.query.field',
        code: 'unknown_search_field',
        message: 'Intercom cannot search contacts by "nmae". Did you mean "name"? Use a contact field such as email, name or created_at, or custom_attributes.<name> for a custom attribute.',
      },
    ]);
    expect(codes({ query: filter('custom_attributes.anything', '=', 'a') })).toEqual([]);
    expect(codes({ query: filter('  ', '=', 'a') })).toEqual(['$.query.field required']);
  });

  it('needs field, operator and value in a filter', () => {
    expect(codes({ query: { value: 'a' } })).toEqual(['$.query.field required', '$.query.operator required']);
    expect(problems({ query: { field: 'email', operator: '=' } })).toEqual([
      { path: '$.query.value', code: 'required', message: 'Add "value": the value to compare email with.' },
    ]);
  });

  it('nests groups at most 2 levels', () => {
    const deep = group('AND', [group('OR', [group('AND', [filter('name', '=', 'a')])])]);
    expect(problems({ query: deep })).toEqual([
      {
        path: '$.query.value[0].value[0]',
        code: 'too_deep',
        message: "Intercom's search nests groups at most 2 levels deep, and this group is level 3. Move its filters into the group above, or simplify the query.",
      },
    ]);
  });

  it('holds at most 15 filters in a group, and at least one', () => {
    expect(problems({ query: group('OR', Array.from({ length: 16 }, (_, i) => filter('name', '=', `n${i}`))) })).toEqual([
      {
        path: '$.query.value',
        code: 'too_many_filters',
        message: "An AND/OR group holds at most 15 filters in Intercom's search; this one has 16. Split it into smaller groups.",
      },
    ]);
    expect(codes({ query: group('AND', []) })).toEqual(['$.query.value empty_group']);
  });

  it('keeps a group to all filters or all groups', () => {
    const mixed = group('AND', [filter('name', '=', 'a'), group('OR', [filter('email', '=', 'b')]), filter('role', '=', 'user')]);
    expect(problems({ query: mixed })).toEqual([
      {
        path: '$.query.value',
        code: 'mixed_group',
        message: "A group's list must hold only filters or only groups, not a mix. Wrap the filters at item 1, 3 in their own AND/OR group.",
      },
    ]);
  });

  it('checks the filters inside groups and nested groups', () => {
    const body = { query: group('AND', [group('OR', [filter('created_at', '!=', 1), filter('email', 'has', 'x')])]) };
    expect(codes(body)).toEqual(['$.query.value[0].value[0].operator operator_not_for_field', '$.query.value[0].value[1].operator invalid_operator']);
  });

  it('needs AND or OR, in capitals, as a group operator', () => {
    expect(problems({ query: group('and', [filter('name', '=', 'a')]) })).toEqual([
      { path: '$.query.operator', code: 'invalid_operator', message: 'Write the group operator in capitals: "AND".' },
    ]);
    expect(problems({ query: { value: [filter('name', '=', 'a')] } })).toEqual([
      { path: '$.query.operator', code: 'required', message: 'Add "operator" to this group: "AND" or "OR".' },
    ]);
    expect(codes({ query: group('XOR', [filter('name', '=', 'a')]) })).toEqual(['$.query.operator invalid_operator']);
    expect(problems({ query: { operator: 'OR' } })).toEqual([
      { path: '$.query.value', code: 'required', message: 'Add "value" to this group: the list of filters (or groups) it combines.' },
    ]);
  });

  it('reads a value that is not a list in a group as the wrong shape', () => {
    expect(codes({ query: { operator: 'OR', value: 'x' } })).toEqual(['$.query.value group_value_not_list']);
    expect(codes({ query: group('AND', { field: 'name' }) })).toEqual(['$.query.value group_value_not_list']);
  });

  it('needs per_page from 1 to 150, whole', () => {
    for (const perPage of [0, 151, 2.5, '50']) {
      expect(codes({ query: filter('role', '=', 'user'), pagination: { per_page: perPage } })).toEqual(['$.pagination.per_page invalid_per_page']);
    }
    expect(problems({ query: filter('role', '=', 'user'), pagination: { per_page: 151 } })[0]?.message).toBe('per_page must be a whole number from 1 to 150; 151 is not.');
  });

  it('needs sort order ascending or descending', () => {
    expect(problems({ query: filter('role', '=', 'user'), sort: { order: 1 } })[0]?.message).toBe('Sort order must be "ascending" or "descending".');
    expect(problems({ query: filter('role', '=', 'user'), sort: { field: 'created_at', order: 'desc' } })).toEqual([
      { path: '$.sort.order', code: 'invalid_sort_order', message: 'Sort order "desc" is not valid. Use "ascending" or "descending".' },
    ]);
  });
});

describe('checkSearchBody: conversations', () => {
  const conversationProblems = (body: Record<string, unknown>) =>
    checkSearchBody(body, conversationSearch).map((p) => ({ path: formatJsonPath(p.path), code: p.code, message: p.message }));

  it('accepts open conversations assigned to nobody, and every operator on an integer field', () => {
    expect(conversationProblems({ query: group('AND', [filter('open', '=', true), filter('admin_assignee_id', '=', 0), filter('team_assignee_id', '=', 0)]) })).toEqual([]);
    expect(conversationProblems({ query: group('OR', ['=', '!=', '<', '<=', '>', '>='].map((op) => filter('statistics.count_reopens', op, 1))) })).toEqual([]);
    expect(conversationProblems({ query: filter('admin_assignee_id', 'IN', [0, '<Router.adminId>']) })).toEqual([]);
  });

  it('says an assignee id is a number, not text: Intercom refuses "0"', () => {
    expect(conversationProblems({ query: filter('admin_assignee_id', '=', '0') })).toEqual([
      { path: '$.query.value', code: 'invalid_number_value', message: 'admin_assignee_id is a number field: give a whole number without quotes, such as 0 (assigned to nobody).' },
    ]);
    expect(conversationProblems({ query: filter('team_assignee_id', 'IN', [1, '2']) })[0]?.code).toBe('invalid_number_value');
  });

  it('names conversation fields for an unknown one, with a guess, and no custom attributes', () => {
    expect(conversationProblems({ query: filter('admin_asignee_id', '=', 0) })).toEqual([
      {
        path: '$.query.field',
        code: 'unknown_search_field',
        message: 'Intercom cannot search conversations by "admin_asignee_id". Did you mean "admin_assignee_id"? Use a conversation field such as state, admin_assignee_id or created_at.',
      },
    ]);
    expect(conversationProblems({ query: filter('custom_attributes.plan', '=', 'pro') })[0]?.code).toBe('unknown_search_field');
    expect(conversationProblems({ query: { operator: '=', value: 1 } })[0]?.message).toBe('Add "field": the conversation field to search on, such as "state" or "admin_assignee_id".');
  });

  it('keeps the limits and the per-type operators: 2 levels, 15 filters, membership on tag_ids', () => {
    const deep = group('AND', [group('OR', [group('AND', [filter('state', '=', 'open')])])]);
    expect(conversationProblems({ query: deep }).map((p) => p.code)).toContain('too_deep');
    expect(conversationProblems({ query: group('OR', Array.from({ length: 16 }, (_, i) => filter('id', '=', `${i}`))) }).map((p) => p.code)).toContain('too_many_filters');
    expect(conversationProblems({ query: filter('tag_ids', '~', '91') })).toEqual([
      { path: '$.query.operator', code: 'operator_not_for_field', message: 'tag_ids is a list of ids: use =, !=, IN or NIN.' },
    ]);
  });

  it('starts from a conversation filter when the query is missing', () => {
    expect(conversationProblems({})[0]?.message).toBe('Add "query": a filter such as {"field": "state", "operator": "=", "value": "open"}, or an AND/OR group of filters.');
  });
});

describe('filterIsFine, the quick yes of the search rules', () => {
  const scalar = fc.oneof(
    fc.constantFrom('<Trigger.x>', '<Trigger.x> y', 'user', '1577836800', '12a', '', ' '),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
  );
  const filter = fc.record(
    {
      field: fc.oneof(
        fc.constantFrom('email', 'created_at', 'custom_attributes.plan', 'custom_attributes.', 'tag_id', 'role', 'state', 'open', 'admin_assignee_id', 'nope', '', ' email', '<T.f>'),
        scalar,
      ),
      operator: fc.oneof(fc.constantFrom(...searchOperatorNames, 'in', 'and', '<T.op>', ''), scalar),
      value: fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.constant({ a: 1 })),
    },
    { requiredKeys: [] },
  );

  it('says yes only where the full rules find nothing in the filter', () => {
    let fine = 0;
    fc.assert(
      fc.property(filter, fc.constantFrom(contactSearch, conversationSearch), (query, vocabulary) => {
        if (!filterIsFine(query, vocabulary)) return;
        fine += 1;
        expect(filterProblems(query, vocabulary)).toEqual([]);
      }),
      { numRuns: 5000, seed: 1414 },
    );
    expect(fine).toBeGreaterThan(20);
  });

  it('leaves what is wrong to the full rules', () => {
    expect(filterIsFine({ field: 'created_at', operator: '~', value: 1 }, contactSearch)).toBe(false);
    expect(filterIsFine({ field: 'created_at', operator: '>', value: 'soon' }, contactSearch)).toBe(false);
    expect(filterIsFine({ field: 'role', operator: 'IN', value: 'user' }, contactSearch)).toBe(false);
    expect(filterIsFine({ field: 'email', operator: '=', value: ['a'] }, contactSearch)).toBe(false);
    expect(filterIsFine({ field: 'admin_assignee_id', operator: '=', value: '0' }, conversationSearch)).toBe(false);
    expect(filterIsFine({ field: 'email', operator: '=' }, contactSearch)).toBe(false);
    expect(filterIsFine({ field: 'email', operator: '=', value: '<Trigger.email>' }, contactSearch)).toBe(true);
  });

  it('takes only its own parts, as the full rules do, whatever the prototype', () => {
    const inherited = Object.assign(Object.create({ value: 'jane@example.com' }) as Record<string, unknown>, { field: 'email', operator: '=' });
    expect(filterIsFine(inherited, contactSearch)).toBe(false);
    expect(filterProblems(inherited)).toMatchObject([{ code: 'required', path: ['query', 'value'] }]);
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { field: 'email', operator: '=', value: 'jane@example.com' });
    expect(filterIsFine(bare, contactSearch)).toBe(true);
    expect(filterProblems(bare)).toEqual([]);
  });
});

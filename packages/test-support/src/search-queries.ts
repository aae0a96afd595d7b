const filter = (field: string, operator: string, value: unknown) => ({ field, operator, value });
const group = (operator: 'AND' | 'OR', value: unknown[]) => ({ operator, value });

/**
 * Contact searches block-core accepts, written with literal values (no references) on fields every workspace has,
 * or on the custom attributes the sandbox seeds (`plan` text, `seats` number). Intercom accepts them, so block-core's
 * validation and the sandbox must both accept each one: their tests read this list.
 */
export const acceptedContactSearches: readonly (readonly [name: string, body: Record<string, unknown>])[] = [
  ['a filter', { query: filter('email', '=', 'jane@example.com') }],
  ['a role and a creation date', { query: group('AND', [filter('role', '=', 'user'), filter('created_at', '>', 1577836800)]) }],
  [
    "the spec's own example: a timestamp as text of digits",
    { query: group('AND', [filter('created_at', '>', '1306054154')]), sort: { field: 'created_at', order: 'ascending' }, pagination: { per_page: 5 } },
  ],
  ['number operators on a number custom attribute', { query: group('OR', ['=', '!=', '<', '<=', '>', '>='].map((op) => filter('custom_attributes.seats', op, 12))) }],
  ['text operators on a text custom attribute', { query: group('OR', ['=', '!=', '~', '!~', '^', '$'].map((op) => filter('custom_attributes.plan', op, 'pro'))) }],
  ['IN and NIN with lists', { query: group('AND', [filter('role', 'IN', ['user', 'lead']), filter('name', 'NIN', ['a'])]) }],
  [
    'dates with =, < and >, as numbers or digit text',
    { query: group('AND', [filter('created_at', '=', 1577836800), filter('updated_at', '<', '1577836800'), filter('last_seen_at', '>', 1)]) },
  ],
  ['tag_id with = and !=', { query: group('OR', [filter('tag_id', '=', '1'), filter('tag_id', '!=', '2')]) }],
  ['two levels of groups', { query: group('AND', [group('OR', [filter('name', '=', 'a')]), group('OR', [filter('name', '=', 'b')])]) }],
  ['15 filters in a group', { query: group('OR', Array.from({ length: 15 }, (_, i) => filter('name', '=', `n${i}`))) }],
  ['pagination and sort', { query: filter('role', '=', 'user'), pagination: { per_page: 150 }, sort: { field: 'created_at', order: 'descending' } }],
  [
    'two nested groups, IN, ^, sort and pagination',
    {
      query: group('AND', [
        group('OR', [filter('role', 'IN', ['user', 'lead']), filter('name', '^', 'A')]),
        group('OR', [filter('custom_attributes.plan', '=', 'pro')]),
      ]),
      pagination: { per_page: 20 },
      sort: { field: 'created_at', order: 'descending' },
    },
  ],
  ['null with = and !=', { query: group('AND', [filter('phone', '=', null), filter('email', '!=', null)]) }],
];

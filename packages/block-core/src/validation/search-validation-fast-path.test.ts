import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleFields } from '../definition/visibility.js';
import { validateReferences } from '../references/validate-references.js';
import type { IntercomConfig, UpstreamStep, ValidationIssue } from '../types.js';
import { checkFieldValue } from './field-rules.js';
import { validateConfig } from './validate-config.js';

const upstream: UpstreamStep[] = [
  { name: 'Trigger', outputs: { contact: { email: 'jane@example.com', plan: 'pro', tags: null }, since: 1577836800, list: [{ id: 1 }], byIndex: { '0': 'x' } } },
  // A sample and a declared shape that disagree: the shape wins.
  { name: 'Mixed', outputs: { a: { b: 1 } }, shape: { type: 'object', properties: { a: { type: 'string' } } } },
  { name: 'Classify', shape: { type: 'object', properties: { labels: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } } } } },
];

const reference = fc.constantFrom(
  '<Trigger.contact.email>',
  '<Trigger.contact.nope>',
  '<Trigger.contact.tags.x>',
  '<Trigger.since.x>',
  '<Trigger.list[0].id>',
  '<Trigger.list.id>',
  '<Nobody.x>',
  '<Classify.labels[0].name>',
  '<Classify.labels.name>',
  '<Trigger.byIndex[0]>',
  '<Mixed.a.b>',
);
// Markers replaced in the text: numbers JSON.stringify cannot write, and a key given twice.
const marked = (text: string) =>
  text
    .replaceAll('"#big#"', '12345678901234567890')
    .replaceAll('"#huge#"', '1e400')
    .replaceAll('"#point#"', '1.50')
    .replaceAll('"#twice#"', '"field"');
const scalar = fc.oneof(
  reference,
  fc.constantFrom('Jane', 'user', '10:30', 'a < b', 'Hi <Trigger.contact.email>!', '1577836800', '#big#', '#huge#', '#point#', ''),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const filter = fc.record(
  {
    field: fc.oneof(fc.constantFrom('email', 'name', 'role', 'created_at', 'custom_attributes.plan', 'tag_id', 'state', 'open', 'admin_assignee_id', 'nope', '', 'EMAIL'), reference),
    operator: fc.oneof(fc.constantFrom('=', '!=', 'IN', 'NIN', '<', '>', '~', '^', '$', 'contains', 'and'), reference),
    value: fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })),
    '#twice#': fc.constantFrom('email', 'created_at'),
  },
  { requiredKeys: ['field', 'operator', 'value'] },
);
// Filters Intercom accepts, for a corpus where many searches are valid.
const validFilter = fc.oneof(
  fc.record({ field: fc.constant('email'), operator: fc.constantFrom('=', '~', '^'), value: fc.constantFrom('<Trigger.contact.email>', 'jane@example.com', 'ja') }),
  fc.record({ field: fc.constant('created_at'), operator: fc.constantFrom('>', '<', '='), value: fc.oneof(fc.nat(), fc.constant('<Trigger.since>')) }),
  fc.record({ field: fc.constant('custom_attributes.plan'), operator: fc.constant('='), value: fc.constantFrom('pro', '10:30', '<Trigger.contact.plan>') }),
  fc.record({ field: fc.constant('role'), operator: fc.constantFrom('IN', 'NIN'), value: fc.constant(['user', 'lead']) }),
);
const validBody = fc.record(
  {
    query: fc.record({ operator: fc.constantFrom('AND', 'OR'), value: fc.array(fc.oneof(validFilter, fc.record({ operator: fc.constant('OR'), value: fc.array(validFilter, { minLength: 1, maxLength: 15 }) })), { minLength: 1, maxLength: 4 }) }),
    pagination: fc.record({ per_page: fc.constantFrom(1, 50, 150) }),
  },
  { requiredKeys: ['query'] },
);

const { node } = fc.letrec<{ node: unknown; group: unknown }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, filter, filter, tie('group')),
  group: fc.record(
    { operator: fc.oneof(fc.constantFrom('AND', 'OR', 'and', 'NOT'), reference), value: fc.oneof(fc.array(tie('node'), { maxLength: 17 }), reference) },
    { requiredKeys: ['value'] },
  ),
}));
const body = fc.record(
  {
    query: node,
    pagination: fc.record({ per_page: fc.oneof(fc.constantFrom(0, 50, 151), reference) }),
    sort: fc.record({ field: fc.constant('created_at'), order: fc.constantFrom('descending', 'up') }),
  },
  { requiredKeys: [] },
);
const searches = fc.tuple(fc.oneof(body, validBody), fc.constantFrom(0, 2), fc.constantFrom('contact', 'contact', 'conversation')).map(
  ([value, indent, resource]): IntercomConfig => ({ resource, operation: 'search', queryJson: marked(JSON.stringify(value, null, indent)) }),
);

/** validateConfig's parts for a search, each taken alone: every text parsed again, every reference found in the text. */
function slowly(config: IntercomConfig): ValidationIssue[] {
  const issues = [
    ...visibleFields(config)
      .filter((field) => field.name !== 'resource' && field.name !== 'operation')
      .flatMap((field) => checkFieldValue(field, config, {})),
    ...validateReferences(config, upstream),
  ];
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify(issue);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

describe('validateConfig on searches, fast paths and all', () => {
  it('reports what its parts report taken the slow way, on valid and invalid searches', () => {
    let valid = 0;
    fc.assert(
      fc.property(searches, (config) => {
        const issues = validateConfig(config, { upstream });
        expect(issues).toEqual(slowly(config));
        if (issues.length === 0) valid += 1;
      }),
      { numRuns: 300, seed: 1414 },
    );
    // The corpus holds both kinds.
    expect(valid).toBeGreaterThan(30);
    expect(valid).toBeLessThan(270);
  });

  it('finds a wrong reference among many right ones, where it is', () => {
    const filters = Array.from({ length: 15 }, (_, i) => ({ field: 'email', operator: '=', value: i === 9 ? '<Trigger.contact.emial>' : '<Trigger.contact.email>' }));
    const config = { resource: 'contact', operation: 'search', queryJson: JSON.stringify({ query: { operator: 'OR', value: filters } }, null, 2) };
    const issues = validateConfig(config, { upstream });
    expect(issues).toEqual(slowly(config));
    expect(issues).toMatchObject([{ field: 'queryJson', code: 'unknown_field', line: 53, column: 19 }]);
  });
});

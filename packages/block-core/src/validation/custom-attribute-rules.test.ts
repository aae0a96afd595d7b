import { describe, expect, it } from 'vitest';
import type { DataAttributeInfo } from '../schemas/data-attribute.js';
import { checkCustomAttributes } from './custom-attribute-rules.js';
import { formatJsonPath } from './json-path.js';
import { validateConfig } from './validate-config.js';

const attributes: DataAttributeInfo[] = [
  { name: 'plan', label: 'Plan', data_type: 'string', description: 'Subscription plan', options: ['free', 'starter', 'pro', 'enterprise'] },
  { name: 'seats', data_type: 'integer', description: 'Paid seats' },
  { name: 'monthly_spend', data_type: 'float' },
  { name: 'beta_tester', data_type: 'boolean' },
  { name: 'renewal_date', data_type: 'date' },
  { name: 'industry', data_type: 'string' },
];
const problems = (body: Record<string, unknown>, list: DataAttributeInfo[] = attributes) =>
  checkCustomAttributes(body, list).map((p) => ({ at: `${formatJsonPath(p.path)} ${p.target}`, code: p.code, message: p.message }));

describe('checkCustomAttributes', () => {
  it('accepts values of each type, null to clear, and references', () => {
    expect(problems({ plan: 'pro', seats: 3, monthly_spend: 4.5, beta_tester: false, renewal_date: 1735689600, industry: 'Retail' })).toEqual([]);
    expect(problems({ plan: null, seats: '<Classify.seats>', renewal_date: '<Trigger.contact.created_at>' })).toEqual([]);
  });

  it('says an unknown key is not in the workspace, on the key, with the closest names', () => {
    expect(problems({ plann: 'pro' })).toEqual([
      { at: '$.plann key', code: 'unknown_custom_attribute', message: 'The Intercom workspace has no custom attribute "plann": Intercom would refuse it. Did you mean "plan"?' },
    ]);
    expect(problems({ seat: 3 })[0]?.message).toContain('Did you mean "seats"?');
    expect(problems({ spend: 3 })[0]?.message).toContain('Did you mean "monthly_spend"?');
    const far = problems({ favourite_colour: 'teal' })[0]?.message ?? '';
    expect(far).not.toContain('Did you mean');
    expect(far).toContain('Its custom attributes are "plan", "seats", "monthly_spend", "beta_tester", "renewal_date", "industry".');
    expect(problems({ plan: 'pro' }, [])[0]?.message).toContain('no custom attributes yet');
  });

  it.each([
    ['a string for a whole number', { seats: '3' }, '"seats" is a whole-number attribute: give 3 without quotes, or null to clear it.'],
    ['a fraction for a whole number', { seats: 2.5 }, '"seats" is a whole-number attribute'],
    ['text for a number', { monthly_spend: '4.5' }, '"monthly_spend" is a number attribute'],
    ['text for a date', { renewal_date: '2026-01-01' }, '"renewal_date" is a date attribute: give 1735689600 (a UNIX timestamp in seconds) without quotes'],
    ['text for true/false', { beta_tester: 'yes' }, '"beta_tester" is a true/false attribute'],
    ['a number for text', { industry: 7 }, '"industry" is a text attribute: give "pro", or null'],
  ])('says the value is of the wrong type: %s', (_name, body, message) => {
    const found = problems(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.code).toBe('custom_attribute_type');
    expect(found[0]?.at).toMatch(/ value$/);
    expect(found[0]?.message).toContain(message);
  });

  it('says a list attribute’s value that is not one of its options, with the closest', () => {
    expect(problems({ plan: 'Pro ' })).toEqual([
      {
        at: '$.plan value',
        code: 'custom_attribute_option',
        message: '"Pro " is not an option of "plan". Did you mean "pro"? Use one of: "free", "starter", "pro", "enterprise".',
      },
    ]);
  });
});

describe('validateConfig with the workspace’s custom attributes', () => {
  const create = (customAttributesJson: string) => ({ resource: 'contact', operation: 'create', email: 'jane@example.com', customAttributesJson }) as const;

  it('checks custom_attributes only when the attributes are given: without them nothing is refused for lack of the list', () => {
    expect(validateConfig(create('{"plann": "pro"}'))).toEqual([]);
    const issues = validateConfig(create('{\n  "plann": "pro"\n}'), { dataAttributes: attributes });
    expect(issues).toEqual([
      expect.objectContaining({ field: 'customAttributesJson', code: 'unknown_custom_attribute', path: '$.plann', line: 2, column: 3 }),
    ]);
  });

  it('places a wrong value on the value in the text', () => {
    expect(validateConfig(create('{"seats": "many"}'), { dataAttributes: attributes })).toEqual([
      expect.objectContaining({ code: 'custom_attribute_type', path: '$.seats', line: 1, column: 11 }),
    ]);
  });

  it('checks the custom attributes of a contact update too', () => {
    const codes = validateConfig({ resource: 'contact', operation: 'update', contactId: '1', customAttributesJson: '{"colour": 1}' }, { dataAttributes: attributes }).map((i) => i.code);
    expect(codes).toContain('unknown_custom_attribute');
  });
});

describe('validateConfig of a contact search with the workspace’s custom attributes', () => {
  const search = (query: unknown) => ({ resource: 'contact', operation: 'search', queryJson: JSON.stringify({ query }) }) as const;
  const codes = (query: unknown, options: Parameters<typeof validateConfig>[1] = { dataAttributes: attributes }) =>
    validateConfig(search(query), options).map((issue) => `${issue.path ?? ''} ${issue.code}`);

  it('accepts custom_attributes.<name> of the workspace with an operator of its type', () => {
    expect(codes({ field: 'custom_attributes.seats', operator: '>=', value: 10 })).toEqual([]);
    expect(codes({ field: 'custom_attributes.monthly_spend', operator: '<', value: 100 })).toEqual([]);
    expect(codes({ field: 'custom_attributes.plan', operator: '~', value: 'pr' })).toEqual([]);
    expect(codes({ field: 'custom_attributes.renewal_date', operator: '>', value: 1735689600 })).toEqual([]);
  });

  it('refuses an operator the attribute’s type does not take, and a value of another type', () => {
    expect(codes({ field: 'custom_attributes.beta_tester', operator: '>', value: true })).toEqual(['$.query.operator operator_not_for_field']);
    expect(codes({ field: 'custom_attributes.renewal_date', operator: '>=', value: 1735689600 })).toEqual(['$.query.operator operator_not_for_field']);
    expect(codes({ field: 'custom_attributes.seats', operator: '=', value: '10' })).toEqual(['$.query.value invalid_number_value']);
    // The 2.16 search value is a whole number, a float attribute's too.
    expect(codes({ field: 'custom_attributes.monthly_spend', operator: '=', value: '9' })).toEqual(['$.query.value invalid_number_value']);
  });

  it('says a custom attribute the workspace lacks, with the closest; without the list any name waits for the run', () => {
    const issues = validateConfig(search({ field: 'custom_attributes.sets', operator: '=', value: 1 }), { dataAttributes: attributes });
    expect(issues.map((issue) => issue.code)).toEqual(['unknown_search_field']);
    expect(issues[0]?.message).toContain('Did you mean "custom_attributes.seats"?');
    expect(codes({ field: 'custom_attributes.sets', operator: '>', value: 'x' }, {})).toEqual([]);
  });
});

import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from './json-schema.js';
import { conversationSearchQuerySchema, searchQuerySchema } from './search-query-schema.js';

const validator = new Validator(structuredClone(searchQuerySchema), '7', false);
const accepts = (body: unknown) => validator.validate(body).valid;

const filter = (field: string, operator: string, value: unknown) => ({ field, operator, value });

describe('searchQuerySchema accepts', () => {
  it.each([
    ['one filter', { query: filter('email', '=', 'jane@example.com') }],
    ['a custom attribute', { query: filter('custom_attributes.plan', '~', 'pro') }],
    ['IN with a list', { query: filter('role', 'IN', ['user', 'lead']) }],
    ['null', { query: filter('phone', '=', null) }],
    ['an AND group', { query: { operator: 'AND', value: [filter('role', '=', 'user'), filter('created_at', '>', 1577836800)] } }],
    [
      '(1 OR 2) AND (3 OR 4)',
      {
        query: {
          operator: 'AND',
          value: [
            { operator: 'OR', value: [filter('name', '=', 'a'), filter('name', '=', 'b')] },
            { operator: 'OR', value: [filter('email', '$', '@x.com'), filter('email', '$', '@y.com')] },
          ],
        },
      },
    ],
    ['pagination and sort', { query: filter('role', '=', 'lead'), pagination: { per_page: 150, starting_after: 'abc' }, sort: { field: 'created_at', order: 'ascending' } }],
    ['a null cursor', { query: filter('role', '=', 'lead'), pagination: { per_page: 1, starting_after: null } }],
  ])('%s', (_name, body) => {
    expect(accepts(body)).toBe(true);
  });
});

describe('searchQuerySchema rejects', () => {
  it.each([
    ['no query', {}],
    ['an unknown top-level key', { query: filter('email', '=', 'a'), limit: 5 }],
    ['an unknown operator', { query: filter('email', 'contains', 'a') }],
    ['an unknown field', { query: filter('nmae', '=', 'a') }],
    ['a filter without value', { query: { field: 'email', operator: '=' } }],
    ['an object as value', { query: filter('email', '=', { a: 1 }) }],
    ['a lower-case group operator', { query: { operator: 'and', value: [filter('email', '=', 'a')] } }],
    ['a mix of filters and groups', { query: { operator: 'AND', value: [filter('email', '=', 'a'), { operator: 'OR', value: [filter('name', '=', 'b')] }] } }],
    [
      'three levels of groups',
      { query: { operator: 'AND', value: [{ operator: 'OR', value: [{ operator: 'AND', value: [filter('name', '=', 'b')] }] }] } },
    ],
    ['16 filters in a group', { query: { operator: 'OR', value: Array.from({ length: 16 }, (_, i) => filter('name', '=', `n${i}`)) } }],
    ['an empty group', { query: { operator: 'OR', value: [] } }],
    ['per_page 0', { query: filter('role', '=', 'lead'), pagination: { per_page: 0 } }],
    ['per_page 151', { query: filter('role', '=', 'lead'), pagination: { per_page: 151 } }],
    ['a sort order Intercom refuses', { query: filter('role', '=', 'lead'), sort: { field: 'created_at', order: 'desc' } }],
  ])('%s', (_name, body) => {
    expect(accepts(body)).toBe(false);
  });
});

describe('searchQuerySchema for the editor', () => {
  const filterSchema: JsonSchema = searchQuerySchema.properties?.query?.anyOf?.[0]?.else ?? {};

  it('describes every operator and every searchable field for hover and completion', () => {
    const operator = filterSchema.properties?.operator?.anyOf?.[0];
    expect(operator?.enum).toHaveLength(12);
    expect(operator?.enumDescriptions).toHaveLength(12);
    expect(operator?.enumDescriptions?.[operator.enum?.indexOf('~') ?? -1]).toMatch(/contains/i);
    const field = filterSchema.properties?.field?.anyOf?.[0];
    expect(field?.enum).toContain('created_at');
    expect(field?.enumDescriptions).toHaveLength(field?.enum?.length ?? -1);
  });

  it('is a frozen draft-07 schema with snippets to start from', () => {
    expect(searchQuerySchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.isFrozen(searchQuerySchema.properties?.query)).toBe(true);
    expect(searchQuerySchema.defaultSnippets?.length).toBeGreaterThan(0);
    for (const snippet of searchQuerySchema.defaultSnippets ?? []) expect(accepts(snippet.body)).toBe(true);
  });
});

describe('conversationSearchQuerySchema', () => {
  const conversations = new Validator(structuredClone(conversationSearchQuerySchema), '7', false);
  const acceptsConversation = (body: unknown) => conversations.validate(body).valid;
  const unassignedOpen = { operator: 'AND', value: [filter('open', '=', true), filter('admin_assignee_id', '=', 0), filter('team_assignee_id', '=', 0)] };

  it.each([
    ['open and assigned to nobody', { query: unassignedOpen, pagination: { per_page: 20 } }],
    ['a tag and a state', { query: { operator: 'OR', value: [filter('tag_ids', '=', '9100001'), filter('state', 'IN', ['snoozed', 'closed'])] } }],
    ['a statistics field', { query: filter('statistics.count_reopens', '>', 1) }],
    ['a reference as the whole query', { query: '<Classify.query>' }],
  ])('accepts %s', (_name, body) => {
    expect(acceptsConversation(body)).toBe(true);
  });

  it.each([
    ['a contact field', { query: filter('email', '=', 'a@b.co') }],
    ['a custom attribute (not searchable on conversations)', { query: filter('custom_attributes.plan', '=', 'pro') }],
    ['sort (Search Conversations takes none in 2.16)', { query: filter('state', '=', 'open'), sort: { field: 'created_at', order: 'ascending' } }],
    ['16 filters in a group', { query: { operator: 'OR', value: Array.from({ length: 16 }, (_, i) => filter('id', '=', `${i}`)) } }],
    ['three levels of groups', { query: { operator: 'AND', value: [{ operator: 'OR', value: [unassignedOpen] }] } }],
    ['per_page 151', { query: filter('state', '=', 'open'), pagination: { per_page: 151 } }],
  ])('rejects %s', (_name, body) => {
    expect(acceptsConversation(body)).toBe(false);
  });

  it('completes conversation fields with their descriptions, defaults per_page to 20, and offers valid snippets', () => {
    const field = (conversationSearchQuerySchema.properties?.query?.anyOf?.[0]?.else ?? {}).properties?.field?.anyOf?.[0];
    expect(field?.enum).toContain('admin_assignee_id');
    expect(field?.enum).not.toContain('email');
    expect(field?.enumDescriptions).toHaveLength(field?.enum?.length ?? -1);
    expect(conversationSearchQuerySchema.properties?.pagination?.anyOf?.[0]?.properties?.per_page?.anyOf?.[0]?.default).toBe(20);
    for (const snippet of conversationSearchQuerySchema.defaultSnippets ?? []) expect(acceptsConversation(snippet.body)).toBe(true);
  });

  it('leaves the contact search schema as it was: contacts keep sort and custom attributes', () => {
    expect(Object.keys(searchQuerySchema.properties ?? {})).toEqual(['query', 'pagination', 'sort']);
    expect(accepts({ query: filter('custom_attributes.plan', '=', 'pro') })).toBe(true);
  });
});

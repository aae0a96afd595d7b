import { DRAFT_07, deepFreeze, type JsonSchema, type JsonSchemaSnippet } from './json-schema.js';
import { orReference, referenceSchema } from './reference-string.js';
import { groupOperators, MAX_FILTERS_PER_GROUP, MAX_PER_PAGE, MAX_SEARCH_NESTING, searchOperators } from './search-fields.js';
import { contactSearch, conversationSearch, ticketSearch, type SearchVocabulary } from './search-vocabulary.js';
import type { DataAttributeInfo } from './data-attribute.js';
import { contactSearchWith } from './workspace-search-vocabulary.js';

function searchField(vocabulary: SearchVocabulary): JsonSchema {
  const standard: JsonSchema = { type: 'string', enum: vocabulary.fields.map((entry) => entry.field), enumDescriptions: vocabulary.fields.map((entry) => entry.description) };
  const { custom } = vocabulary;
  return {
    description: `The ${vocabulary.noun} field to search on${custom ? `: a standard field or ${custom.title}` : ''}.`,
    anyOf: custom
      ? [standard, { type: 'string', title: custom.title, pattern: custom.pattern, description: custom.description }, referenceSchema]
      : [standard, referenceSchema],
  };
}

const filterOperator = orReference({
  type: 'string',
  description: "How the field's value is compared with value. Which operators work depends on the field: dates take only =, < and >.",
  enum: searchOperators.map((entry) => entry.operator),
  enumDescriptions: searchOperators.map((entry) => entry.description),
});

const filterValue: JsonSchema = {
  description: 'The value to compare with: text, a whole number, true or false, null, or an array for IN and NIN. Dates are UNIX timestamps in seconds.',
  type: ['string', 'integer', 'boolean', 'null', 'array'],
  items: { type: ['string', 'integer'] },
};

const filterSnippet = ({ exampleFilter }: SearchVocabulary): JsonSchemaSnippet => ({
  label: 'Filter',
  description: 'One condition: field, operator and value.',
  body: { field: exampleFilter.field, operator: '=', value: '' },
});
const groupSnippet = (operator: 'AND' | 'OR', { exampleFilter }: SearchVocabulary): JsonSchemaSnippet => ({
  label: `${operator} group`,
  description: `Combine filters with ${operator}.`,
  body: { operator, value: [{ field: exampleFilter.field, operator: '=', value: '' }] },
});

const filter = (vocabulary: SearchVocabulary): JsonSchema => ({
  type: 'object',
  title: 'Filter',
  description: 'One condition: a field, an operator and a value.',
  properties: { field: searchField(vocabulary), operator: filterOperator, value: filterValue },
  required: ['field', 'operator', 'value'],
  additionalProperties: false,
  defaultSnippets: [filterSnippet(vocabulary)],
});

const groupItems = (items: JsonSchema, title: string): JsonSchema => ({
  type: 'array',
  title,
  minItems: 1,
  maxItems: MAX_FILTERS_PER_GROUP,
  items: orReference(items),
});

/**
 * An object without a field whose operator is AND or OR (in any case), or whose value lists objects, is a
 * group; anything else is read as a filter. Validation's rules read a query the same way.
 */
const isGroup: JsonSchema = {
  type: 'object',
  not: { required: ['field'] },
  anyOf: [
    { required: ['operator'], properties: { operator: { type: 'string', pattern: '^\\s*([Aa][Nn][Dd]|[Oo][Rr])\\s*$' } } },
    { required: ['value'], properties: { value: { type: 'array', contains: { type: 'object' } } } },
  ],
};

const groupValueDescription = `What the group combines: all filters, or all groups (not a mix). At most ${MAX_FILTERS_PER_GROUP} items.`;

function group(level: number, vocabulary: SearchVocabulary): JsonSchema {
  const filters: JsonSchema = { anyOf: [groupItems(filter(vocabulary), 'A list of filters'), referenceSchema] };
  // A list holding a group is read as a list of groups, so its errors speak of groups.
  const value: JsonSchema =
    level < MAX_SEARCH_NESTING
      ? {
          description: groupValueDescription,
          if: { type: 'array', contains: isGroup },
          then: groupItems(group(level + 1, vocabulary), 'A list of groups'),
          else: filters,
        }
      : { description: groupValueDescription, ...filters };
  return {
    type: 'object',
    title: 'AND/OR group',
    description: `Combines filters with AND or OR. Groups nest at most ${MAX_SEARCH_NESTING} levels deep.`,
    properties: {
      operator: orReference({
        type: 'string',
        description: 'AND: every item must match. OR: at least one item must match.',
        enum: groupOperators.map((entry) => entry.operator),
        enumDescriptions: groupOperators.map((entry) => entry.description),
      }),
      value,
    },
    required: ['operator', 'value'],
    additionalProperties: false,
    defaultSnippets: [groupSnippet('AND', vocabulary), groupSnippet('OR', vocabulary)],
  };
}

const query = (vocabulary: SearchVocabulary) =>
  orReference({
    type: 'object',
    description: 'What to search for: one filter {field, operator, value}, or an AND/OR group of filters (groups nest at most 2 levels).',
    if: isGroup,
    then: group(1, vocabulary),
    else: filter(vocabulary),
    defaultSnippets: [filterSnippet(vocabulary), groupSnippet('AND', vocabulary), groupSnippet('OR', vocabulary)],
  });

const pagination = ({ plural, defaultPerPage }: SearchVocabulary) =>
  orReference({
    type: ['object', 'null'],
    description: 'Which page of results to fetch.',
    properties: {
      per_page: orReference({
        type: 'integer',
        description: `How many ${plural} per page, from 1 to ${MAX_PER_PAGE}. Intercom's default is ${defaultPerPage}.`,
        minimum: 1,
        maximum: MAX_PER_PAGE,
        default: defaultPerPage,
      }),
      starting_after: {
        type: ['string', 'null'],
        description: 'The cursor of the next page: pages.next.starting_after from the previous results.',
      },
    },
    additionalProperties: false,
  });

const sort = ({ noun, fields }: SearchVocabulary) =>
  orReference({
    type: 'object',
    description: 'How to order the results.',
    properties: {
      field: {
        description: `The ${noun} field to sort on, e.g. created_at.`,
        anyOf: [{ type: 'string', enum: fields.map((entry) => entry.field), enumDescriptions: fields.map((entry) => entry.description) }, { type: 'string' }],
      },
      order: orReference({
        type: 'string',
        description: 'ascending or descending. Intercom sorts descending when order is left out.',
        enum: ['ascending', 'descending'],
        enumDescriptions: ['Smallest or oldest first.', 'Largest or newest first (the default).'],
        default: 'descending',
      }),
    },
    additionalProperties: false,
  });

/** The body of a search request (a query, pagination, and sort where the endpoint takes it) for one vocabulary. */
export function buildSearchQuerySchema(vocabulary: SearchVocabulary): JsonSchema {
  const title = vocabulary.plural[0]?.toUpperCase() + vocabulary.plural.slice(1);
  const properties: Record<string, JsonSchema> = { query: query(vocabulary), pagination: pagination(vocabulary) };
  if (vocabulary.sortable) properties.sort = sort(vocabulary);
  return deepFreeze<JsonSchema>({
    $schema: DRAFT_07,
    title: `Search ${vocabulary.plural} request`,
    description: `The body of Intercom's Search ${title} request: a query, and optionally pagination${vocabulary.sortable ? ' and sort' : ''}.`,
    type: 'object',
    properties,
    required: ['query'],
    additionalProperties: false,
    defaultSnippets: [...vocabulary.snippets],
  });
}

/** The body of Intercom's Search Contacts request (`contact_search_request`, 2.16). */
export const searchQuerySchema: JsonSchema = buildSearchQuerySchema(contactSearch);

/** The body of Intercom's Search Conversations request (`search_request`, 2.16: no sort). */
export const conversationSearchQuerySchema: JsonSchema = buildSearchQuerySchema(conversationSearch);

/** The body of Intercom's Search Tickets request (`search_request`, 2.16: no sort). */
export const ticketSearchQuerySchema: JsonSchema = buildSearchQuerySchema(ticketSearch);

const workspaceSearchSchemas = new WeakMap<readonly DataAttributeInfo[], JsonSchema>();

/** The Search Contacts body with the workspace's custom attributes offered as `custom_attributes.<name>` fields. */
export function contactSearchSchemaFor(attributes: readonly DataAttributeInfo[]): JsonSchema {
  let schema = workspaceSearchSchemas.get(attributes);
  if (!schema) {
    schema = buildSearchQuerySchema(contactSearchWith(attributes));
    workspaceSearchSchemas.set(attributes, schema);
  }
  return schema;
}

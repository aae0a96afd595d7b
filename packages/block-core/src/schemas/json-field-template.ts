import type { JsonSchema } from './json-schema.js';

/** What an empty JSON field offers to start from: its schema's first whole-body snippet. */
export interface JsonFieldTemplate {
  /** The snippet's label, for the sentence that offers it ("Search by email"). */
  label: string;
  /** The template as the editor inserts it: the snippet's body, indented by two spaces. */
  text: string;
}

/**
 * The template an empty JSON field offers, from the field's own schema (the first of its `defaultSnippets`): a
 * search skeleton for a search body, an attribute for custom attributes, a ticket body (for a ticket type's
 * schema, that type's). Undefined when the schema offers none.
 * @example jsonFieldTemplate(jsonFieldSchemas.searchQuery)?.text // '{\n  "query": {\n    "field": "email", ...'
 */
export function jsonFieldTemplate(schema: JsonSchema | undefined): JsonFieldTemplate | undefined {
  const snippet = schema?.defaultSnippets?.[0];
  if (snippet === undefined) return undefined;
  return { label: snippet.label, text: JSON.stringify(snippet.body, null, 2) };
}

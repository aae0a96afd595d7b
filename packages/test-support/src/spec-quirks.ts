import type { JsonObject } from './intercom-spec.js';

/**
 * Corrects contradictions of the 2.16 description that no real request can satisfy, following Intercom's
 * behaviour (see shared/OPERATIONS.md "Where the spec is odd"). Returns a corrected copy; the input is untouched.
 * - `create_conversation_request.from.id` is declared `format: uuid` and exactly 24 characters: contact ids are
 *   24-hex strings, so the `uuid` format goes and the length stays.
 */
export function correctSpecQuirks(spec: JsonObject): JsonObject {
  const copy = structuredClone(spec);
  const schemas = (copy.components as JsonObject | undefined)?.schemas as Record<string, JsonObject> | undefined;
  const from = (schemas?.create_conversation_request?.properties as Record<string, JsonObject> | undefined)?.from;
  const fromId = (from?.properties as Record<string, JsonObject> | undefined)?.id;
  if (fromId?.format === 'uuid') delete fromId.format;
  return copy;
}

import type { JsonFieldSchemaId } from '../definition/field-types.js';
import { compiledSchemaChecks } from '../schemas/compiled-schemas.js';
import { jsonFieldSchemas } from '../schemas/json-field-schemas.js';
import type { TicketTypeInfo } from '../schemas/ticket-type.js';
import type { FieldName, ValidationIssue } from '../types.js';
import { formatJsonPath, isWithin } from './json-path.js';
import type { JsonProblem } from './json-problem.js';
import { parseJsonText } from './json-text.js';
import type { ParsedJsonTexts } from './parsed-json-texts.js';
import { createSchemaCheck, type SchemaCheck } from './schema-problems.js';
import { jsonFieldEntries } from './json-field-entries.js';
import type { DataAttributeInfo } from '../schemas/data-attribute.js';

const baseChecks = new Map<JsonFieldSchemaId, SchemaCheck>();
const typedChecks = new WeakMap<TicketTypeInfo, Map<JsonFieldSchemaId, SchemaCheck>>();

/** Compiles each schema the first time it is needed, then reuses it (validation runs on every keystroke). */
function baseCheck(id: JsonFieldSchemaId): SchemaCheck {
  let check = baseChecks.get(id);
  if (!check) {
    check = createSchemaCheck(jsonFieldSchemas[id], compiledSchemaChecks[id]);
    baseChecks.set(id, check);
  }
  return check;
}

/** A schema refined by a ticket type (its entry's `typedSchema`), compiled once per type. */
function typedCheck(id: JsonFieldSchemaId, ticketType: TicketTypeInfo): SchemaCheck {
  const typed = jsonFieldEntries[id].typedSchema;
  if (!typed) return baseCheck(id);
  let byId = typedChecks.get(ticketType);
  if (!byId) {
    byId = new Map();
    typedChecks.set(ticketType, byId);
  }
  let check = byId.get(id);
  if (!check) {
    check = createSchemaCheck(typed(ticketType));
    byId.set(id, check);
  }
  return check;
}

/** A short valid example of each JSON field, for messages. */
export const jsonObjectExamples: Readonly<Record<JsonFieldSchemaId, string>> = Object.fromEntries(
  Object.entries(jsonFieldEntries).map(([id, entry]) => [id, entry.example]),
) as Record<JsonFieldSchemaId, string>;

/**
 * Checks a JSON field's text: it parses as strict JSON, is an object, matches its schema and Intercom's rules.
 * Each problem is reported once, with its JSON path and its place in the text.
 * @param field the field the text belongs to
 * @param schemaId which schema the field follows
 * @param text the field's text (not empty)
 * @param options.ticketTypes the workspace's ticket types, to check the type and its required attributes
 * @param options.dataAttributes the workspace's custom contact attributes, to check custom attribute names and values
 * @param options.parsed the texts parsed in this validation, to parse each once
 */
export function checkJsonField(
  field: FieldName,
  schemaId: JsonFieldSchemaId,
  text: string,
  options: { ticketTypes?: readonly TicketTypeInfo[]; dataAttributes?: readonly DataAttributeInfo[]; ticketType?: TicketTypeInfo; parsed?: ParsedJsonTexts } = {},
): ValidationIssue[] {
  const parsed = options.parsed ? options.parsed.parse(text) : parseJsonText(text);
  if (!parsed.ok) return [{ field, code: parsed.problem.code, message: parsed.problem.message, ...parsed.problem.range }];
  const { document } = parsed;
  const value = document.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'string' ? 'text' : JSON.stringify(value);
    return [
      {
        field,
        code: 'not_an_object',
        message: `This must be a JSON object, such as ${jsonObjectExamples[schemaId]}; it is ${kind}.`,
        path: '$',
        ...document.rangeOf([], 'value'),
      },
    ];
  }
  const body = value as Record<string, unknown>;
  // The schema's own rules (a search's fields and limits, a ticket's type), from its entry.
  const { problems: rules, ticketType } = jsonFieldEntries[schemaId].rules?.(body, options) ?? { problems: [] };
  const check = ticketType ? typedCheck(schemaId, ticketType) : baseCheck(schemaId);
  // Nothing the user wrote may change on its way to Intercom without being said.
  const silent = document.silentChanges().map((change) => ({
    field,
    code: change.code,
    message: change.message,
    path: formatJsonPath(change.path),
    ...change.range,
  }));
  return [
    ...silent,
    ...mergeProblems(rules, check(body)).map((problem) => ({
      field,
      code: problem.code,
      message: problem.message,
      path: formatJsonPath(problem.path),
      ...document.rangeOf(problem.path, problem.target),
    })),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Intercom's rules speak first; a schema problem is kept only when no rule already spoke about that value,
 * something inside it, or (for a rule about a whole value) something it contains.
 */
export function mergeProblems(rules: JsonProblem[], schema: JsonProblem[]): JsonProblem[] {
  const kept = schema.filter(
    (problem) =>
      !rules.some((rule) => isWithin(rule.path, problem.path) || (rule.coversInside === true && isWithin(problem.path, rule.path))),
  );
  const seen = new Set<string>();
  return [...rules, ...kept].filter((problem) => {
    const key = `${formatJsonPath(problem.path)} ${problem.code} ${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

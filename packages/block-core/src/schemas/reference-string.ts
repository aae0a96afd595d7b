import type { JsonSchema } from './json-schema.js';

const IDENT = '[A-Za-z_][A-Za-z0-9_]*';
const REFERENCE_BODY = `<${IDENT}\\.${IDENT}(?:\\.${IDENT}|\\[[0-9]+\\])*>`;

/**
 * A JSON Schema `pattern` for a string that is exactly one reference, per the grammar
 * `<` Step `.` ident ( `.` ident | `[` digits `]` )* `>`. Such a string takes the referenced value with its own
 * JSON type at run time, so it is accepted wherever a value goes.
 */
export const REFERENCE_PATTERN = `^${REFERENCE_BODY}$`;

const wholeReference = new RegExp(REFERENCE_PATTERN);
const anyReference = new RegExp(REFERENCE_BODY);
const leadingReference = new RegExp(`^${REFERENCE_BODY}`);

/**
 * The reference a text starts with, if any.
 * @example referenceAtStart('<Trigger.age>, "b": 1}') // '<Trigger.age>'
 */
export function referenceAtStart(text: string): string | undefined {
  return leadingReference.exec(text)?.[0];
}

/**
 * Whether a value is a string holding exactly one reference.
 * @example isReferenceString('<Trigger.age>') // true
 * @example isReferenceString('<Trigger.age> years') // false
 */
export function isReferenceString(value: unknown): boolean {
  // Most values are not references: the brackets at both ends answer before the pattern runs.
  return typeof value === 'string' && value.charCodeAt(0) === 60 && value.charCodeAt(value.length - 1) === 62 && wholeReference.test(value);
}

/**
 * Whether a text contains a reference anywhere (its final value is then unknown until the block runs).
 * @example containsReference('<Trigger.first>@example.com') // true
 * @example containsReference('a < b > c') // false
 */
export function containsReference(text: string): boolean {
  return text.includes('<') && anyReference.test(text);
}

/** The schema of a reference string, the alternative offered wherever a value goes. */
export const referenceSchema: JsonSchema = {
  type: 'string',
  pattern: REFERENCE_PATTERN,
  description: "A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs.",
};

/**
 * Accepts a reference string wherever `schema` accepts a value. The description moves to the wrapper so
 * editors show it on hover whichever alternative matches.
 * @example orReference({ type: 'integer' }) // { anyOf: [{ type: 'integer' }, referenceSchema] }
 */
export function orReference(schema: JsonSchema): JsonSchema {
  const wrapper: JsonSchema = { anyOf: [schema, referenceSchema] };
  if (schema.title !== undefined) wrapper.title = schema.title;
  if (schema.description !== undefined) wrapper.description = schema.description;
  if (schema.defaultSnippets !== undefined) wrapper.defaultSnippets = schema.defaultSnippets;
  return wrapper;
}

/** Whether a schema is the reference alternative added by `orReference`. */
export function isReferenceSchema(schema: JsonSchema | undefined): boolean {
  return schema?.pattern === REFERENCE_PATTERN;
}

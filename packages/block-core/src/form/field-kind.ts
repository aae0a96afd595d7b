import { intercomFields } from '../definition/fields.js';
import type { FieldName, ValidationIssue } from '../types.js';

/** Whether a key of a config is one of the block's fields. */
export function isFieldName(name: string): name is FieldName {
  return Object.prototype.hasOwnProperty.call(intercomFields, name);
}

/**
 * Checks that a saved value has the kind its field holds: text for text, select and JSON fields (JSON fields
 * hold JSON *text*), a number or the text typed for number fields. Empty values (`undefined`, `null`) pass.
 * @returns an issue naming the field, or undefined when the kind is right
 * @example wrongKindIssue('email', 42)?.message // 'Email must be text, but the saved value is the number 42.'
 */
export function wrongKindIssue(name: FieldName, value: unknown): ValidationIssue | undefined {
  if (value === undefined || value === null || typeof value === 'string') return undefined;
  const definition = intercomFields[name];
  if (definition.kind === 'number' && typeof value === 'number') return undefined;
  const expected =
    definition.kind === 'code' ? 'JSON text (a string)' : definition.kind === 'number' ? 'a number' : 'text';
  const fix = definition.kind === 'code' ? ' Write it as JSON text.' : '';
  return {
    field: name,
    code: 'wrong_type',
    message: `${definition.label} must be ${expected}, but the saved value is ${describeValue(value)}.${fix}`,
  };
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return `of type ${typeof value}`;
}

import type { VisibleField } from '../definition/visibility.js';
import { fieldOptions } from '../definition/visibility.js';
import { wrongKindIssue } from '../form/field-kind.js';
import { parseReferences } from '../references/index.js';
import type { TicketTypeInfo } from '../schemas/ticket-type.js';
import type { IntercomConfig, ValidationIssue } from '../types.js';
import { isBlankValue } from './blank.js';
import { checkJsonField, jsonObjectExamples } from './json-field-rules.js';
import { checkEmail, checkPerPage, checkPhone } from './text-rules.js';

/**
 * Checks one visible field's value: its kind, whether it is filled in when required, and its own format.
 * A text that contains a reference is not format-checked: its value is known only when the block runs.
 */
export function checkFieldValue(
  field: VisibleField,
  config: IntercomConfig,
  options: { ticketTypes?: readonly TicketTypeInfo[] },
): ValidationIssue[] {
  const { name, definition } = field;
  const value: unknown = config[name];
  const wrongKind = wrongKindIssue(name, value);
  if (wrongKind) return [wrongKind];
  if (isBlankValue(value)) return field.required ? [requiredIssue(field)] : [];
  if (definition.kind === 'select') {
    const choices = fieldOptions(name, config);
    if (choices.some((option) => option.value === value)) return [];
    const values = choices.map((option) => option.value);
    return [
      {
        field: name,
        code: 'invalid_option',
        message: `${definition.label} ${JSON.stringify(value)} is not one Intercom accepts. Choose ${values.slice(0, -1).join(', ')} or ${values[values.length - 1] ?? ''}.`,
      },
    ];
  }
  if (definition.kind === 'number') {
    const issue = checkPerPage(value as number | string);
    return issue ? [{ ...issue, field: name }] : [];
  }
  if (typeof value !== 'string') return [];
  if (definition.kind === 'code' && definition.schema) return checkJsonField(name, definition.schema, value, options);
  if (parseReferences(value).length > 0) return [];
  const issue = name === 'email' ? checkEmail(value) : name === 'phone' ? checkPhone(value) : undefined;
  return issue ? [issue] : [];
}

function requiredIssue(field: VisibleField): ValidationIssue {
  const { name, definition } = field;
  let message = `${definition.label} is required.`;
  if (definition.kind === 'code' && definition.schema) {
    message = `${definition.label} is required: write it as JSON, such as ${jsonObjectExamples[definition.schema]}.`;
  } else if (definition.acceptsReferences) {
    message = `${definition.label} is required: enter it, or a reference to an earlier step such as <StepName.field>.`;
  } else if (definition.kind === 'select') {
    message = `${definition.label} is required: choose one.`;
  }
  return { field: name, code: 'required', message };
}

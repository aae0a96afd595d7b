import type { VisibleField } from '../definition/visibility.js';
import { fieldOptions } from '../definition/visibility.js';
import { wrongKindIssue } from '../form/field-kind.js';
import { parseReferences } from '../references/index.js';
import type { DataAttributeInfo } from '../schemas/data-attribute.js';
import type { TicketTypeInfo } from '../schemas/ticket-type.js';
import type { IntercomConfig, ValidationIssue } from '../types.js';
import { isBlankValue } from './blank.js';
import { checkJsonField, jsonObjectExamples } from './json-field-rules.js';
import type { ParsedJsonTexts } from './parsed-json-texts.js';
import { createLineIndex } from '../text/text-position.js';
import { checkWholeNumber, loneSurrogateAt, textFormatChecks } from './text-rules.js';
import { quoteValue } from '../text/quote.js';

/**
 * Checks one visible field's value: its kind, whether it is filled in when required, and its own format.
 * A text that contains a reference is not format-checked: its value is known only when the block runs.
 */
export function checkFieldValue(
  field: VisibleField,
  config: IntercomConfig,
  options: { ticketTypes?: readonly TicketTypeInfo[]; dataAttributes?: readonly DataAttributeInfo[]; ticketType?: TicketTypeInfo; parsed?: ParsedJsonTexts },
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
        message: `${definition.label} ${quoteValue(value)} is not one Intercom accepts. Choose ${values.slice(0, -1).join(', ')} or ${values[values.length - 1] ?? ''}.`,
      },
    ];
  }
  if (definition.kind === 'number') {
    const issue = checkWholeNumber(value as number | string, name, definition);
    return issue ? [issue] : [];
  }
  if (typeof value !== 'string') return [];
  const broken = brokenTextIssue(field, value);
  if (broken) return [broken];
  if (definition.kind === 'code' && field.schema) return checkJsonField(name, field.schema, value, options);
  if (definition.format === undefined || parseReferences(value).length > 0) return [];
  const issue = textFormatChecks[definition.format](value, name);
  return issue ? [issue] : [];
}

/** Text holding half a character (a lone surrogate, e.g. from a bad copy or `"\ud800"`) cannot be sent as written. */
function brokenTextIssue(field: VisibleField, text: string): ValidationIssue | undefined {
  const offset = loneSurrogateAt(text);
  if (offset === undefined) return undefined;
  const { line, column } = createLineIndex(text).positionAt(offset);
  const unit = `\\u${text.charCodeAt(offset).toString(16)}`;
  return {
    field: field.name,
    code: 'broken_character',
    message: `${field.definition.label} holds half of a character (${unit}) that cannot be sent to Intercom: delete it and type the character again.`,
    line,
    column,
    endLine: line,
    endColumn: column + 1,
  };
}

function requiredIssue(field: VisibleField): ValidationIssue {
  const { name, definition } = field;
  let message = `${definition.label} is required.`;
  if (definition.kind === 'code' && field.schema) {
    message = `${definition.label} is required: write it as JSON, such as ${jsonObjectExamples[field.schema]}.`;
  } else if (definition.acceptsReferences) {
    message = `${definition.label} is required: enter it, or a reference to an earlier step such as <StepName.field>.`;
  } else if (definition.kind === 'select') {
    message = `${definition.label} is required: choose one.`;
  }
  return { field: name, code: 'required', message };
}

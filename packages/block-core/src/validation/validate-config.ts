import type { OperationCheckContext } from '../definition/operation-types.js';
import { findOperation, visibleFields } from '../definition/visibility.js';
import { wrongKindIssue } from '../form/field-kind.js';
import { validateReferences } from '../references/index.js';
import type { DataAttributeInfo } from '../schemas/data-attribute.js';
import type { TicketTypeInfo } from '../schemas/ticket-type.js';
import type { IntercomConfig, UpstreamStep, ValidationIssue } from '../types.js';
import { isBlankValue } from './blank.js';
import { checkFieldValue } from './field-rules.js';
import { parsedJsonTexts } from './parsed-json-texts.js';
import { checkResourceAndOperation } from './resource-operation-rules.js';

/** What validation may know besides the config. */
export interface ValidateConfigOptions {
  /** The steps before this block: references are checked against them when given. */
  upstream?: UpstreamStep[];
  /** The workspace's ticket types: a ticket's type and its required attributes are checked when given. */
  ticketTypes?: TicketTypeInfo[];
  /**
   * The workspace's custom contact attributes: `custom_attributes` keys, their values' types and options, and
   * contact searches on `custom_attributes.<name>` are checked when given (without them those checks wait).
   */
  dataAttributes?: readonly DataAttributeInfo[];
  /** The type of the ticket an update changes (the editor looks it up): its attributes are checked when given. */
  ticketType?: TicketTypeInfo;
}

/**
 * Finds every problem in a config before it runs, each once, on its field, in words a person can act on.
 * Only the fields the chosen operation shows are checked; values of other fields are kept and ignored.
 * JSON fields also get the problem's JSON `path` and its place in the text (1-based `line`/`column`, with
 * `endLine`/`endColumn` just after it). Fast enough for every keystroke: schemas are compiled once.
 * @param config the block's config as edited
 * @param options upstream steps (to check references) and ticket types (to check a ticket's type)
 * @returns the problems, empty when the config is valid
 * @example validateConfig({ resource: 'contact', operation: 'get', contactId: ' ' })
 * // [{ field: 'contactId', code: 'required', message: 'Contact ID is required: enter it, or ...' }]
 */
export function validateConfig(config: IntercomConfig, options: ValidateConfigOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const name of ['resource', 'operation'] as const) {
    const issue = wrongKindIssue(name, config[name]);
    if (issue) issues.push(issue);
  }
  issues.push(...checkResourceAndOperation(config, { requireChoice: true }));
  const operation = findOperation(config.resource, config.operation);
  // Each JSON text is parsed once: the field checks parse it, the reference check reads its strings from that.
  const parsed = parsedJsonTexts();
  const context = operationCheckContext(config);
  if (operation) {
    // Named, not spread: a spread of the caller's options object is a slow copy on every keystroke.
    const fieldOptions = { ticketTypes: options.ticketTypes, dataAttributes: options.dataAttributes, ticketType: options.ticketType, parsed };
    for (const field of context.fields) {
      if (field.name === 'resource' || field.name === 'operation') continue;
      issues.push(...checkFieldValue(field, config, fieldOptions));
    }
    // The operation's own rules across its fields, from its definition.
    issues.push(...(operation.validate?.(config, context) ?? []));
  }
  if (options.upstream) issues.push(...validateReferences(config, options.upstream, { jsonStringsWithAngles: parsed.stringsWithAngles, visibleFields: context.fields }));
  return unique(issues);
}

/** What an operation's `validate` gets: the fields the config shows, and whether one holds nothing. */
export function operationCheckContext(config: IntercomConfig): OperationCheckContext {
  return { fields: visibleFields(config), isEmpty: (name) => isEmptyValue(config[name]) };
}

/** Empty for "is anything set": blank text, or a JSON object with nothing in it. */
function isEmptyValue(value: unknown): boolean {
  if (isBlankValue(value)) return true;
  return typeof value === 'string' && /^\s*\{\s*\}\s*$/.test(value);
}

function unique(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = [issue.field, issue.code, issue.path, issue.line, issue.column, issue.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

import type { OperationCheckContext } from '../definition/operation-types.js';
import type { FieldName, IntercomConfig, ValidationIssue } from '../types.js';

/**
 * An operation's `validate` for updates: at least one of its optional fields must be filled in.
 * @param label the operation's label, as the message names it
 * @param notChanges optional fields that change nothing on their own (e.g. the acting admin)
 * @example validate: somethingToChange('Update contact')
 */
export function somethingToChange(label: string, notChanges: readonly FieldName[] = []) {
  return (config: IntercomConfig, { fields, isEmpty }: OperationCheckContext): ValidationIssue[] => {
    const changeable = fields.filter((field) => !field.required && !notChanges.includes(field.name));
    // A select at its no-change option (a ticket left "Unchanged") changes nothing either.
    const unchanged = (field: (typeof fields)[number]) => isEmpty(field.name) || (field.definition.noChange !== undefined && config[field.name] === field.definition.noChange);
    if (!changeable.every(unchanged)) return [];
    return [
      {
        field: 'operation',
        code: 'nothing_to_update',
        message: `${label} has nothing to change: fill in at least one of ${listWords(changeable.map((field) => field.definition.label))}.`,
      },
    ];
  };
}

/** `a, b or c`. */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

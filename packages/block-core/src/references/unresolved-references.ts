import { intercomFields } from '../definition/fields.js';
import type { IntercomConfig, ValidationIssue } from '../types.js';
import { referenceFieldsOf, referencesInField } from './reference-fields.js';
import { createLineIndex } from '../text/text-position.js';

/**
 * The rule of a resolved config: it holds no references. `runBlock` resolves them before sending, so a config
 * that still holds `<Step.path>` in a field the operation uses was never resolved, and must not run (Intercom
 * would receive the reference's text, or an id made of it).
 * @param config - a config that should be resolved (e.g. the one a proxy received).
 * @returns one `unresolved_reference` issue per reference left, on its field, with its place in the text.
 * @example findUnresolvedReferences({ resource: 'conversation', operation: 'reply', conversationId: '1', message: '<Draft.text>' })
 * // [{ field: 'message', code: 'unresolved_reference', message: 'Message still holds the reference <Draft.text>: …', line: 1, column: 1, … }]
 */
export function findUnresolvedReferences(config: IntercomConfig): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { field, kind, text } of referenceFieldsOf(config, true)) {
    const references = referencesInField(text, kind);
    if (references.length === 0) continue;
    const lines = createLineIndex(text);
    for (const reference of references) {
      issues.push({
        field,
        code: 'unresolved_reference',
        message: `${intercomFields[field].label} still holds the reference ${clip(reference.raw)}: only a resolved config can run (runBlock puts each earlier step's value in its place).`,
        ...lines.rangeOf(reference.start, reference.end),
      });
    }
  }
  return issues;
}

/** A reference is one line of names; a very long one is quoted by its start only. */
function clip(raw: string): string {
  return raw.length > 80 ? `${raw.slice(0, 79)}…` : raw;
}

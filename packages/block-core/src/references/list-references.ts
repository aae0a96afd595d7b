import type { FieldName, IntercomConfig } from '../types.js';
import type { ReferenceToken } from './parse-references.js';
import { referenceFieldsOf, referencesInField } from './reference-fields.js';

/** A reference and the field it was found in. */
export interface FieldReferenceToken {
  field: FieldName;
  /** Offsets are in the field's text; in JSON fields references are found only inside strings. */
  reference: ReferenceToken;
}

/**
 * Lists the references in the fields of a config that accept them (`acceptsReferences`).
 * @param options.visibleOnly only fields the chosen operation shows; by default every field, used or not,
 *   since values of unused fields are kept in the saved block
 * @example listReferences({ resource: 'contact', operation: 'get', contactId: '<Trigger.id>' })
 * // [{ field: 'contactId', reference: { raw: '<Trigger.id>', step: 'Trigger', path: ['id'], start: 0, end: 12 } }]
 */
export function listReferences(config: IntercomConfig, options: { visibleOnly?: boolean } = {}): FieldReferenceToken[] {
  const found: FieldReferenceToken[] = [];
  for (const { field, kind, text } of referenceFieldsOf(config, options.visibleOnly === true)) {
    for (const reference of referencesInField(text, kind)) found.push({ field, reference });
  }
  return found;
}

import type { IntercomConfig } from '../types.js';
import { locateReferences, referenceFieldsOf } from './reference-fields.js';
import { isReferenceIdentifier } from './reference-grammar.js';

/**
 * Rewrites the references to step `from` so they name step `to`, in every field that accepts references
 * (used by the chosen operation or not). Only the references change: other text, other steps' references
 * and the formatting of JSON text stay exactly as they were (in JSON only references inside strings count).
 * @param to the new step name; when it cannot be a step name in a reference (`[A-Za-z_][A-Za-z0-9_]*`)
 *   nothing is renamed, since the references would silently turn into plain text
 * @returns a new config when something changed, else the same config object
 * @example renameStepReferences({ resource: 'contact', operation: 'get', contactId: '<Trigger.id>' }, 'Trigger', 'Start')
 * // { resource: 'contact', operation: 'get', contactId: '<Start.id>' }
 */
export function renameStepReferences(config: IntercomConfig, from: string, to: string): IntercomConfig {
  if (from === to || !isReferenceIdentifier(to)) return config;
  let renamed: IntercomConfig | undefined;
  for (const { field, kind, text } of referenceFieldsOf(config, false)) {
    const references = locateReferences(text, kind).filter(({ token }) => token.step === from);
    if (references.length === 0) continue;
    let written = '';
    let last = 0;
    for (const { token, written: reads } of references) {
      // Keep the rest of the reference as it reads (e.g. `[007]` stays `[007]`).
      written += `${text.slice(last, token.start)}<${to}${reads.slice(1 + from.length)}`;
      last = token.end;
    }
    renamed ??= { ...config };
    renamed[field] = written + text.slice(last);
  }
  return renamed ?? config;
}

import type { IntercomConfig, StepOutputs, ValidationIssue } from '../types.js';
import { findJsonStringsWithAngles } from './json-strings.js';
import { lookupReference } from './lookup-reference.js';
import { isSingleReference, parseReferences, type ReferenceToken } from './parse-references.js';
import { referenceFieldsOf } from './reference-fields.js';
import { formatReferencePath } from './reference-grammar.js';
import { valueAsJson, valueAsText, type WrittenValue } from './reference-value-text.js';
import { createLineIndex } from '../text/text-position.js';
import { clipText, MAX_QUOTED_LENGTH } from '../text/quote.js';

/** A reference that could not be resolved, at its offsets in the field's text. */
interface Unresolved {
  start: number;
  end: number;
  message: string;
}

/**
 * Puts the outputs of earlier steps in place of the references in the fields the chosen operation shows.
 * Text fields get the values as text (objects and lists as compact JSON). In JSON fields references live in
 * JSON strings: a string that is exactly one reference becomes the value with its own JSON type, a reference
 * inside a longer string is written as text; the field still holds JSON text (only the strings with
 * references are rewritten, so its formatting and numbers stay as they were). A JSON field that does not
 * parse is left as it is (validation reports it). Values of unused fields are kept untouched.
 * @param stepOutputs the outputs of the steps that ran, by step name
 * @returns the resolved config, or `unresolved_reference` issues when any reference has no value (a
 *   missing step or path, undefined, or null inside text): never an empty string in its place
 * @example resolveReferences({ resource: 'contact', operation: 'get', contactId: '<Trigger.id>' }, { Trigger: { id: 'c1' } })
 * // { ok: true, config: { resource: 'contact', operation: 'get', contactId: 'c1' } }
 */
export function resolveReferences(
  config: IntercomConfig,
  stepOutputs: StepOutputs,
): { ok: true; config: IntercomConfig } | { ok: false; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const resolved: IntercomConfig = { ...config };
  for (const { field, kind, text } of referenceFieldsOf(config, true)) {
    const unresolved: Unresolved[] = [];
    resolved[field] = kind === 'text' ? interpolate(text, stepOutputs, unresolved, identity) : resolveJson(text, stepOutputs, unresolved);
    if (unresolved.length === 0) continue;
    const lines = createLineIndex(text);
    for (const { start, end, message } of unresolved) {
      issues.push({ field, code: 'unresolved_reference', message, ...lines.rangeOf(start, end) });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, config: resolved };
}

const identity = (offset: number) => offset;

/** Writes each reference's value into a text; `toFieldOffset` maps offsets in `text` to the field's text. */
function interpolate(text: string, stepOutputs: StepOutputs, unresolved: Unresolved[], toFieldOffset: (offset: number) => number): string {
  const references = parseReferences(text);
  if (references.length === 0) return text;
  let written = '';
  let last = 0;
  for (const reference of references) {
    written += text.slice(last, reference.start);
    last = reference.end;
    const value = writeReference(reference, stepOutputs, valueAsText);
    if (value.ok) written += value.text;
    else unresolved.push(problem(reference, value.reason, toFieldOffset));
  }
  return written + text.slice(last);
}

function resolveJson(text: string, stepOutputs: StepOutputs, unresolved: Unresolved[]): string {
  try {
    JSON.parse(text);
  } catch {
    return text;
  }
  let written = '';
  let last = 0;
  for (const literal of findJsonStringsWithAngles(text)) {
    const toFieldOffset = (offset: number) => literal.offsets[offset] ?? literal.end;
    let replacement: string;
    const [reference] = parseReferences(literal.value);
    if (!reference) continue;
    if (!literal.isKey && isSingleReference(literal.value)) {
      const value = writeReference(reference, stepOutputs, valueAsJson);
      if (!value.ok) {
        unresolved.push(problem(reference, value.reason, toFieldOffset));
        continue;
      }
      replacement = value.text;
    } else {
      replacement = JSON.stringify(interpolate(literal.value, stepOutputs, unresolved, toFieldOffset));
    }
    written += text.slice(last, literal.start) + replacement;
    last = literal.end;
  }
  return written + text.slice(last);
}

/** Looks a reference up and writes its value, or says why it cannot. */
function writeReference(reference: ReferenceToken, stepOutputs: StepOutputs, write: (value: unknown) => WrittenValue): WrittenValue {
  const lookup = lookupReference(stepOutputs, reference.step, reference.path);
  if (!lookup.found) return { ok: false, reason: lookup.reason };
  const value = write(lookup.value);
  return value.ok ? value : { ok: false, reason: `${clipText(formatReferencePath(reference.step, reference.path), MAX_QUOTED_LENGTH)} ${value.reason}` };
}

function problem(reference: ReferenceToken, reason: string, toFieldOffset: (offset: number) => number): Unresolved {
  return { start: toFieldOffset(reference.start), end: toFieldOffset(reference.end), message: `Cannot resolve ${clipText(reference.raw, MAX_QUOTED_LENGTH)}: ${reason}` };
}

import type { VisibleField } from '../definition/visibility.js';
import type { IntercomConfig, UpstreamStep, ValidationIssue } from '../types.js';
import { checkReferencePath } from './check-reference-path.js';
import { availableNames } from './describe-path.js';
import { parseReferences, type ReferenceToken } from './parse-references.js';
import type { PathSegment } from './reference-grammar.js';
import { referenceFieldsOf, referencesInField } from './reference-fields.js';
import { shapeTreeOf, type ShapeNode } from './shape-tree.js';
import { createLineIndex } from '../text/text-position.js';
import { quoteValue } from '../text/quote.js';

/**
 * Checks that every reference in the fields the chosen operation shows points at an earlier step and at an
 * output that step has (known from its sample `outputs` or its `shape`). Unused fields are not checked.
 * @param upstream the steps before this block; the first step of a name wins
 * @returns issues with code `unknown_step` or `unknown_field`, a message listing what is available, and the
 *   1-based line/column (endColumn exclusive) of the reference in the field's text
 * @example validateReferences({ resource: 'contact', operation: 'get', contactId: '<Trigger.emial>' }, [
 *   { name: 'Trigger', outputs: { email: 'a@b.c' } },
 * ]) // [{ field: 'contactId', code: 'unknown_field', message: 'Trigger has no output "emial". Available: email.', line: 1, column: 1, endLine: 1, endColumn: 16 }]
 */
export function validateReferences(config: IntercomConfig, upstream: UpstreamStep[], options: ReferenceCheckOptions = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const steps = new Map<string, UpstreamStep>();
  for (const step of upstream) if (!steps.has(step.name)) steps.set(step.name, step);
  const trees = new Map<string, ShapeNode>();
  const problemOf = (reference: Pick<ReferenceToken, 'step' | 'path'>): Pick<ValidationIssue, 'code' | 'message'> | undefined => {
    const step = steps.get(reference.step);
    if (!step) return { code: 'unknown_step', message: unknownStepMessage(reference.step, steps.keys()) };
    if (step.shape === undefined && inSample(step.outputs, reference.path)) return undefined;
    let tree = trees.get(step.name);
    if (!tree) trees.set(step.name, (tree = shapeTreeOf(step)));
    const problem = checkReferencePath(step.name, tree, reference.path);
    return problem ? { code: 'unknown_field', message: problem } : undefined;
  };
  // Strings whose every reference was found: a search repeats the same reference in many filters.
  const sound = new Set<string>();
  const allFound = (text: string): boolean => {
    if (sound.has(text)) return true;
    if (parseReferences(text).some((reference) => problemOf(reference) !== undefined)) return false;
    sound.add(text);
    return true;
  };
  for (const { field, kind, text } of referenceFieldsOf(config, true, options.visibleFields)) {
    // A JSON text's strings, known from its parse: when every reference in them is found, there is nothing to place.
    const strings = kind === 'json' ? options.jsonStringsWithAngles?.(text) : undefined;
    if (strings?.every(allFound)) continue;
    const references = referencesInField(text, kind);
    if (references.length === 0) continue;
    // Positions are worked out only for a reference that has a problem.
    let lines: ReturnType<typeof createLineIndex> | undefined;
    for (const reference of references) {
      const issue = problemOf(reference);
      if (issue) issues.push({ field, ...issue, ...(lines ??= createLineIndex(text)).rangeOf(reference.start, reference.end) });
    }
  }
  return issues;
}

/** What reference checks may know besides the config. */
export interface ReferenceCheckOptions {
  /**
   * Every key and string holding a `<` in a JSON field's text, decoded, when it is known without reading the text
   * again (validation has parsed it: `JsonDocument.stringsWithAngles`); undefined when it is not.
   */
  jsonStringsWithAngles?: (text: string) => readonly string[] | undefined;
  /** `visibleFields(config)`, when the caller has it already. */
  visibleFields?: readonly VisibleField[];
}

/**
 * Whether a step's sample holds the path through its objects, by own enumerable names: its shape tree (built from
 * the sample alone when nothing is declared) then has every name on the way, so the path is found without building it.
 */
export function inSample(outputs: Record<string, unknown> | undefined, path: readonly PathSegment[]): boolean {
  let value: unknown = outputs;
  for (const segment of path) {
    if (typeof segment !== 'string' || typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    if (!Object.prototype.propertyIsEnumerable.call(value, segment)) return false;
    value = (value as Record<string, unknown>)[segment];
  }
  return true;
}

function unknownStepMessage(name: string, available: Iterable<string>): string {
  const names = [...available];
  if (names.length === 0) return `No step named ${quoteValue(name)} comes before this block; there are no earlier steps to reference.`;
  return `No step named ${quoteValue(name)} comes before this block. ${availableNames(names)}`;
}

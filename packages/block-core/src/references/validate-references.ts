import type { IntercomConfig, UpstreamStep, ValidationIssue } from '../types.js';
import { checkReferencePath } from './check-reference-path.js';
import { availableNames } from './describe-path.js';
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
export function validateReferences(config: IntercomConfig, upstream: UpstreamStep[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const steps = new Map<string, UpstreamStep>();
  for (const step of upstream) if (!steps.has(step.name)) steps.set(step.name, step);
  const trees = new Map<string, ShapeNode>();
  for (const { field, kind, text } of referenceFieldsOf(config, true)) {
    const references = referencesInField(text, kind);
    if (references.length === 0) continue;
    // Positions are worked out only for a reference that has a problem.
    let lines: ReturnType<typeof createLineIndex> | undefined;
    for (const reference of references) {
      const step = steps.get(reference.step);
      let issue: Pick<ValidationIssue, 'code' | 'message'> | undefined;
      if (!step) {
        issue = { code: 'unknown_step', message: unknownStepMessage(reference.step, steps.keys()) };
      } else {
        let tree = trees.get(step.name);
        if (!tree) trees.set(step.name, (tree = shapeTreeOf(step)));
        const problem = checkReferencePath(step.name, tree, reference.path);
        if (problem) issue = { code: 'unknown_field', message: problem };
      }
      if (issue) issues.push({ field, ...issue, ...(lines ??= createLineIndex(text)).rangeOf(reference.start, reference.end) });
    }
  }
  return issues;
}

function unknownStepMessage(name: string, available: Iterable<string>): string {
  const names = [...available];
  if (names.length === 0) return `No step named ${quoteValue(name)} comes before this block; there are no earlier steps to reference.`;
  return `No step named ${quoteValue(name)} comes before this block. ${availableNames(names)}`;
}

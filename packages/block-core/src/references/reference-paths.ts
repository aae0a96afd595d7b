import type { OutputShape, UpstreamStep } from '../types.js';
import { isReferenceIdentifier } from './reference-grammar.js';
import { shapeTreeOf, type ShapeNode } from './shape-tree.js';

/** One output path of an earlier step that a reference can point at (a row of the reference picker). */
export interface ReferencePath {
  step: string;
  /** The path after the step name, e.g. `contact.email` or `labels[0].name`. */
  path: string;
  /** The reference to insert, e.g. `<Trigger.contact.email>`. */
  reference: string;
  type: OutputShape['type'];
  /** The sample value at this path, when the step has sample outputs. */
  sample?: unknown;
  /** 1 for a step's own outputs, one more for each field or index below. */
  depth: number;
  /** Whether longer paths start here (an object with fields, or a list). */
  hasChildren: boolean;
  /** From the declared shape, when it has one. */
  description?: string;
}

/**
 * Every path into the outputs of the steps before this one, parents before children, list items as `[0]`.
 * Names a reference cannot spell (`first-name`) are left out, and so are steps whose names cannot be referenced.
 * @example listReferencePaths([{ name: 'Trigger', outputs: { contact: { email: 'a@b.c' } } }]).map((p) => p.reference)
 * // ['<Trigger.contact>', '<Trigger.contact.email>']
 */
export function listReferencePaths(upstream: UpstreamStep[]): ReferencePath[] {
  const paths: ReferencePath[] = [];
  for (const step of upstream) {
    if (!isReferenceIdentifier(step.name)) continue;
    const root = shapeTreeOf(step);
    for (const [name, child] of root.properties ?? []) {
      if (isReferenceIdentifier(name)) collect(paths, step.name, name, child, 1);
    }
  }
  return paths;
}

function collect(paths: ReferencePath[], step: string, path: string, node: ShapeNode, depth: number): void {
  const fields = [...(node.properties?.keys() ?? [])].filter(isReferenceIdentifier);
  const entry: ReferencePath = {
    step,
    path,
    reference: `<${step}.${path}>`,
    type: node.type,
    depth,
    hasChildren: fields.length > 0 || node.items !== undefined,
  };
  if (node.hasSample) entry.sample = node.sample;
  if (node.description !== undefined) entry.description = node.description;
  paths.push(entry);
  for (const name of fields) {
    const child = node.properties?.get(name);
    if (child) collect(paths, step, `${path}.${name}`, child, depth + 1);
  }
  if (node.items) collect(paths, step, `${path}[0]`, node.items, depth + 1);
}

import type { ReferencePath } from '@workflow-blocks/block-core';

/** One row of the picker's tree: an upstream step, or one of its output paths. */
export interface ReferenceTreeNode {
  /** Unique within the tree: the reference for paths, `step:<name>` for steps. */
  key: string;
  /** What the row shows at its level: the step name, a key, or an index like `[0]`. */
  label: string;
  step: string;
  /** The path entry; undefined for a step row, which cannot itself be referenced. */
  entry?: ReferencePath;
  children: ReferenceTreeNode[];
  parent?: ReferenceTreeNode;
}

export interface ReferenceTree {
  steps: ReferenceTreeNode[];
  byKey: Map<string, ReferenceTreeNode>;
}

/**
 * Arranges block-core's flat, depth-first `listReferencePaths` result as steps with nested children,
 * using only each entry's `step`, `depth` and order (no reference parsing here).
 * @example buildReferenceTree(listReferencePaths(upstream)).steps.map((s) => s.label) // ['Trigger', 'Classify']
 */
export function buildReferenceTree(paths: ReferencePath[]): ReferenceTree {
  const steps: ReferenceTreeNode[] = [];
  const byKey = new Map<string, ReferenceTreeNode>();
  const stepNodes = new Map<string, ReferenceTreeNode>();
  const openByStep = new Map<string, ReferenceTreeNode[]>();
  const baseDepth = paths.reduce((min, p) => Math.min(min, p.depth), Number.POSITIVE_INFINITY);

  for (const entry of paths) {
    let stepNode = stepNodes.get(entry.step);
    if (!stepNode) {
      stepNode = { key: `step:${entry.step}`, label: entry.step, step: entry.step, children: [] };
      stepNodes.set(entry.step, stepNode);
      byKey.set(stepNode.key, stepNode);
      steps.push(stepNode);
    }
    const open = openByStep.get(entry.step) ?? [];
    const level = Math.max(0, entry.depth - baseDepth);
    const parent = level === 0 ? stepNode : (open[level - 1] ?? stepNode);
    const node: ReferenceTreeNode = {
      key: entry.reference,
      label: relativeLabel(parent, entry),
      step: entry.step,
      entry,
      children: [],
      parent,
    };
    parent.children.push(node);
    byKey.set(node.key, node);
    open.length = level;
    open.push(node);
    openByStep.set(entry.step, open);
  }
  return { steps, byKey };
}

/** The part of an entry's path below its parent: `email` under `contact`, `[0]` under `labels`. */
function relativeLabel(parent: ReferenceTreeNode, entry: ReferencePath): string {
  const parentPath = parent.entry?.path;
  let rest = entry.path;
  if (parentPath !== undefined && rest.startsWith(parentPath)) rest = rest.slice(parentPath.length);
  else if (parentPath === undefined && rest.startsWith(`${entry.step}.`)) rest = rest.slice(entry.step.length + 1);
  return rest.startsWith('.') ? rest.slice(1) : rest;
}

/** The nodes from the step down to `node`, for breadcrumbs and for opening a search result in place. */
export function ancestry(node: ReferenceTreeNode): ReferenceTreeNode[] {
  const chain: ReferenceTreeNode[] = [];
  for (let current: ReferenceTreeNode | undefined = node; current; current = current.parent) chain.unshift(current);
  return chain;
}

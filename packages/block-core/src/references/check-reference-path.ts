import { availableNames, describeMissing, kindWords } from './describe-path.js';
import type { PathSegment } from './reference-grammar.js';
import type { ShapeNode } from './shape-tree.js';

/**
 * Checks a reference path against what is known of a step's outputs.
 * @returns undefined when the path may exist, or a message saying what is missing and what is available
 * @example checkReferencePath('Trigger', shapeTreeOf(trigger), ['emial'])
 * // 'Trigger has no output "emial". Available: email, name, conversation_id, message.'
 */
export function checkReferencePath(step: string, root: ShapeNode, path: readonly PathSegment[]): string | undefined {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    // Open values may hold more than is known, so nothing below them is flagged.
    if (node.open) return undefined;
    const segment = path[i] as PathSegment;
    if (node.type === 'object') {
      const child = typeof segment === 'string' ? node.properties?.get(segment) : undefined;
      if (!child) return `${describeMissing(step, path.slice(0, i), segment, 'object')} ${availableNames(node.properties?.keys() ?? [])}`;
      node = child;
    } else if (node.type === 'array') {
      if (typeof segment === 'string') return describeMissing(step, path.slice(0, i), segment, 'array');
      if (!node.items) return undefined;
      node = node.items;
    } else {
      return describeMissing(step, path.slice(0, i), segment, kindWords[node.type]);
    }
  }
  return undefined;
}

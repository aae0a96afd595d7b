import type { OutputShape, UpstreamStep } from '../types.js';
import { shapeTreeOf, type ShapeNode } from './shape-tree.js';

/**
 * The shape of a step's outputs: its declared `shape`, with what its sample `outputs` add (types of
 * sampled values, fields the declared shape leaves `unknown`). A step with neither is `unknown`.
 * @example outputShapeOf({ name: 'Trigger', outputs: { email: 'a@b.c', tags: ['vip'] } })
 * // { type: 'object', properties: { email: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } }
 */
export function outputShapeOf(step: UpstreamStep): OutputShape {
  return toOutputShape(shapeTreeOf(step));
}

function toOutputShape(node: ShapeNode): OutputShape {
  const described = node.description === undefined ? {} : { description: node.description };
  if (node.type === 'object') {
    const properties: Record<string, OutputShape> = {};
    for (const [name, child] of node.properties ?? []) {
      Object.defineProperty(properties, name, { value: toOutputShape(child), enumerable: true, writable: true, configurable: true });
    }
    return { type: 'object', properties, ...described };
  }
  if (node.type === 'array') {
    return { type: 'array', items: node.items ? toOutputShape(node.items) : { type: 'unknown' }, ...described };
  }
  return { type: node.type, ...described };
}

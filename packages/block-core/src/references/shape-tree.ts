import type { OutputShape, UpstreamStep } from '../types.js';

/**
 * What is known about the value at one path of a step's outputs: the declared shape, refined by samples.
 * Internal to references: it carries `open`, which OutputShape cannot.
 */
export interface ShapeNode {
  type: OutputShape['type'];
  description?: string;
  /** Children of an object, in declared then sampled order. A Map, so names like `constructor` are plain keys. */
  properties?: Map<string, ShapeNode>;
  /** The items of a list. */
  items?: ShapeNode;
  hasSample: boolean;
  /** The first sample value seen at this path. */
  sample?: unknown;
  /**
   * The real value may hold more than is known here (declared `unknown`, null or empty in the sample, or
   * under such a value), so deeper paths are not flagged.
   */
  open: boolean;
}

/** Deeper than this, values are not described (keeps cyclic or huge samples cheap). */
const MAX_DEPTH = 16;
/** At most this many list items are looked at to learn the items' shape. */
const MAX_ITEM_SAMPLES = 20;

/**
 * Builds the shape tree of a step from its declared shape and its sample outputs (either may be missing).
 * @example shapeTreeOf({ name: 'Trigger', outputs: { email: 'a@b.c' } }).properties?.get('email')?.type // 'string'
 */
export function shapeTreeOf(step: UpstreamStep): ShapeNode {
  return build(step.shape, step.outputs === undefined ? [] : [step.outputs], 0, false);
}

function build(declared: OutputShape | undefined, samples: readonly unknown[], depth: number, underOpen: boolean): ShapeNode {
  const sampled = samples.length > 0 ? { hasSample: true, sample: samples[0] } : { hasSample: false };
  const described = declared?.description === undefined ? {} : { description: declared.description };
  if (depth > MAX_DEPTH) return { type: 'unknown', ...described, ...sampled, open: true };
  if (declared && declared.type !== 'unknown') {
    return { ...fromDeclared(declared, samples, depth), ...described, ...sampled };
  }
  return { ...fromSamples(samples, depth, underOpen || declared !== undefined), ...described, ...sampled };
}

type Structure = Pick<ShapeNode, 'type' | 'properties' | 'items' | 'open'>;

/** A declared shape other than `unknown`; nothing above it was open, or it would not have been declared. */
function fromDeclared(declared: OutputShape, samples: readonly unknown[], depth: number): Structure {
  const known = samples.filter(isPresent);
  if (declared.type === 'object') {
    const properties = new Map<string, ShapeNode>();
    for (const [name, shape] of Object.entries(declared.properties)) {
      properties.set(name, build(shape, childSamples(known, name), depth + 1, false));
    }
    for (const name of sampleKeys(known)) {
      if (!properties.has(name)) properties.set(name, build(undefined, childSamples(known, name), depth + 1, false));
    }
    return { type: 'object', properties, open: properties.size === 0 };
  }
  if (declared.type === 'array') {
    return { type: 'array', items: build(declared.items, itemSamples(known), depth + 1, false), open: false };
  }
  return { type: declared.type, open: false };
}

function fromSamples(samples: readonly unknown[], depth: number, underOpen: boolean): Structure {
  const known = samples.filter(isPresent);
  const first = known[0];
  if (first === undefined) return { type: samples.length > 0 ? 'null' : 'unknown', open: true };
  const type = jsonTypeOf(first);
  if (!known.every((value) => jsonTypeOf(value) === type)) return { type: 'unknown', open: true };
  if (type === 'object') {
    const properties = new Map<string, ShapeNode>();
    for (const name of sampleKeys(known)) properties.set(name, build(undefined, childSamples(known, name), depth + 1, underOpen));
    return { type, properties, open: underOpen || properties.size === 0 };
  }
  if (type === 'array') return { type, items: build(undefined, itemSamples(known), depth + 1, underOpen), open: underOpen };
  return { type, open: underOpen || type === 'unknown' };
}

function jsonTypeOf(value: unknown): OutputShape['type'] {
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return value === null ? 'null' : 'object';
    default:
      return 'unknown';
  }
}

function isPresent(value: unknown): boolean {
  return value !== null && value !== undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sampleKeys(samples: readonly unknown[]): Set<string> {
  const keys = new Set<string>();
  for (const sample of samples) if (isRecord(sample)) for (const key of Object.keys(sample)) keys.add(key);
  return keys;
}

function childSamples(samples: readonly unknown[], name: string): unknown[] {
  const values: unknown[] = [];
  for (const sample of samples) if (isRecord(sample) && Object.hasOwn(sample, name)) values.push(sample[name]);
  return values;
}

function itemSamples(samples: readonly unknown[]): unknown[] {
  const items: unknown[] = [];
  for (const sample of samples) {
    if (!Array.isArray(sample)) continue;
    for (const item of sample as unknown[]) {
      if (items.length >= MAX_ITEM_SAMPLES) return items;
      items.push(item);
    }
  }
  return items;
}

import { describe, expect, it } from 'vitest';
import { intercomOperations, type OutputShape } from '@workflow-blocks/block-core';
import { sampleOfShape, sampleOutputs } from './sample-outputs.js';

/** Where a value departs from its shape, as paths; empty when it fits. */
function misfits(value: unknown, shape: OutputShape, path = '$'): string[] {
  switch (shape.type) {
    case 'object':
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [path];
      return Object.entries(shape.properties).flatMap(([key, inner]) => misfits((value as Record<string, unknown>)[key], inner, `${path}.${key}`));
    case 'array':
      return Array.isArray(value) && value.length > 0 ? value.flatMap((item, index) => misfits(item, shape.items, `${path}[${index}]`)) : [path];
    case 'unknown':
      return [];
    case 'null':
      return value === null ? [] : [path];
    default:
      return typeof value === shape.type ? [] : [path];
  }
}

describe('sampleOutputs (the fake transport answer)', () => {
  it.each(intercomOperations.map((op) => [op.key, op] as const))('answers %s with exactly its outputs, each of its shape', (_key, op) => {
    const outputs = sampleOutputs(op) as unknown as Record<string, unknown>;
    expect(Object.keys(outputs)).toEqual(['success', ...Object.keys(op.outputs)]);
    expect(outputs.success).toBe(true);
    for (const [name, shape] of Object.entries(op.outputs)) expect(misfits(outputs[name], shape), name).toEqual([]);
  });

  it('answers an operation the table does not have with no made-up output', () => {
    expect(sampleOutputs({ resource: 'contact', operation: 'merge' })).toEqual({ success: true });
  });

  it('reads like Intercom where it can', () => {
    expect(sampleOfShape({ type: 'object', properties: { email: { type: 'string' }, plan: { type: 'string' } } })).toEqual({ email: 'jane@example.com', plan: 'sample plan' });
  });
});

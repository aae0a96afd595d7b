import { describe, expect, it } from 'vitest';
import { outputShapeOf } from './output-shape.js';

describe('outputShapeOf', () => {
  it('describes sample outputs as a shape', () => {
    expect(outputShapeOf({ name: 'Trigger', outputs: { email: 'a@b.c', tags: ['vip'], owner: null } })).toEqual({
      type: 'object',
      properties: {
        email: { type: 'string' },
        tags: { type: 'array', items: { type: 'string' } },
        owner: { type: 'null' },
      },
    });
  });

  it('returns a declared shape, refined where the sample says more', () => {
    const shape = { type: 'object' as const, properties: { id: { type: 'string' as const, description: 'Id' }, data: { type: 'unknown' as const } } };
    expect(outputShapeOf({ name: 'A', shape })).toEqual(shape);
    expect(outputShapeOf({ name: 'A', shape, outputs: { id: '1', data: [1] } })).toEqual({
      type: 'object',
      properties: { id: { type: 'string', description: 'Id' }, data: { type: 'array', items: { type: 'number' } } },
    });
  });

  it('is unknown for a step that says nothing about its outputs', () => {
    expect(outputShapeOf({ name: 'A' })).toEqual({ type: 'unknown' });
  });

  it('keeps an output named __proto__ as a plain property', () => {
    const outputs = JSON.parse('{"__proto__": "x"}') as Record<string, unknown>;
    const shape = outputShapeOf({ name: 'A', outputs });
    expect(shape.type === 'object' && Object.keys(shape.properties)).toEqual(['__proto__']);
  });
});

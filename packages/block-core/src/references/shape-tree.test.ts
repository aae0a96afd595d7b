import { describe, expect, it } from 'vitest';
import { shapeTreeOf, type ShapeNode } from './shape-tree.js';

const child = (node: ShapeNode | undefined, ...names: string[]): ShapeNode | undefined =>
  names.reduce<ShapeNode | undefined>((at, name) => (name === '[]' ? at?.items : at?.properties?.get(name)), node);

describe('shapeTreeOf', () => {
  it('learns types and samples from sample outputs', () => {
    const tree = shapeTreeOf({ name: 'Trigger', outputs: { email: 'a@b.c', age: 3, vip: true, contact: { id: 'c1' } } });
    expect(tree.type).toBe('object');
    expect(tree.open).toBe(false);
    expect(child(tree, 'email')).toMatchObject({ type: 'string', sample: 'a@b.c', hasSample: true, open: false });
    expect(child(tree, 'age')?.type).toBe('number');
    expect(child(tree, 'vip')?.type).toBe('boolean');
    expect(child(tree, 'contact', 'id')).toMatchObject({ type: 'string', sample: 'c1' });
  });

  it('merges the fields of all sampled list items', () => {
    const tree = shapeTreeOf({ name: 'A', outputs: { items: [{ a: 1 }, { b: 'x' }, null] } });
    const items = child(tree, 'items', '[]');
    expect(items?.type).toBe('object');
    expect([...(items?.properties?.keys() ?? [])]).toEqual(['a', 'b']);
    expect(items?.sample).toEqual({ a: 1 });
  });

  it('leaves null, empty and mixed sample values open', () => {
    const tree = shapeTreeOf({ name: 'A', outputs: { n: null, o: {}, l: [], m: [1, 'x'] } });
    expect(child(tree, 'n')).toMatchObject({ type: 'null', open: true, hasSample: true, sample: null });
    expect(child(tree, 'o')).toMatchObject({ type: 'object', open: true });
    expect(child(tree, 'l', '[]')).toMatchObject({ type: 'unknown', open: true });
    expect(child(tree, 'm', '[]')).toMatchObject({ type: 'unknown', open: true });
  });

  it('follows a declared shape and keeps what a sample adds', () => {
    const tree = shapeTreeOf({
      name: 'A',
      shape: { type: 'object', properties: { id: { type: 'string', description: 'The id' }, data: { type: 'unknown' } } },
      outputs: { id: 'x1', data: { deep: { er: 1 } }, extra: 2 },
    });
    expect(child(tree, 'id')).toMatchObject({ type: 'string', description: 'The id', sample: 'x1', open: false });
    expect(child(tree, 'extra')).toMatchObject({ type: 'number', open: false });
    // A declared unknown stays open all the way down, even where the sample says more.
    expect(child(tree, 'data')).toMatchObject({ type: 'object', open: true });
    expect(child(tree, 'data', 'deep', 'er')).toMatchObject({ type: 'number', open: true });
  });

  it('knows nothing, and so flags nothing, for a step without shape or sample', () => {
    expect(shapeTreeOf({ name: 'A' })).toMatchObject({ type: 'unknown', open: true, hasSample: false });
  });

  it('stops at a depth limit instead of following a cyclic sample', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    let node: ShapeNode | undefined = shapeTreeOf({ name: 'A', outputs: cyclic });
    let depth = 0;
    while (node?.type === 'object') {
      node = node.properties?.get('self');
      depth++;
    }
    expect(node).toMatchObject({ type: 'unknown', open: true });
    expect(depth).toBeLessThan(20);
  });

  it('treats inherited names as plain keys', () => {
    const tree = shapeTreeOf({ name: 'A', outputs: { constructor: 'x' } });
    expect(child(tree, 'constructor')?.type).toBe('string');
    expect(child(shapeTreeOf({ name: 'A', outputs: {} }), 'toString')).toBeUndefined();
  });
});

import { blockOutputShape, type BlockOutputs, type IntercomConfig, type OutputShape } from '@workflow-blocks/block-core';

// Leaf values that read like Intercom's, by property name; any other text is "sample <name>".
const textByName: Readonly<Record<string, string>> = {
  id: '6762f0d0a1b2c3d4e5f60001',
  email: 'jane@example.com',
  name: 'Jane Doe',
  role: 'user',
  state: 'open',
};

/** A value of an output shape, deterministic, every property present and every list one item long. */
export function sampleOfShape(shape: OutputShape, name = 'value'): unknown {
  switch (shape.type) {
    case 'object':
      return Object.fromEntries(Object.entries(shape.properties).map(([key, inner]) => [key, sampleOfShape(inner, key)]));
    case 'array':
      return [sampleOfShape(shape.items, name)];
    case 'string':
      return textByName[name] ?? `sample ${name}`;
    case 'number':
      return 1734537460;
    case 'boolean':
      return true;
    case 'null':
    case 'unknown':
      return null;
  }
}

/**
 * A successful run's outputs for any operation of the table, built from its output shapes: the fake transport's
 * answer, so a new operation gets a plausible one without a line here.
 * @example sampleOutputs({ resource: 'contact', operation: 'delete' }) // { success: true, deleted: true }
 */
export function sampleOutputs(config: Pick<IntercomConfig, 'resource' | 'operation'>): BlockOutputs {
  const { properties } = blockOutputShape(config);
  const outputs: Record<string, unknown> & { success: boolean } = { success: true };
  for (const [name, shape] of Object.entries(properties)) {
    if (name !== 'success' && name !== 'error') outputs[name] = sampleOfShape(shape, name);
  }
  return outputs;
}

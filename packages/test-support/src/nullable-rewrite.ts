/**
 * ajv understands OpenAPI's `nullable` only beside `type`. Elsewhere (`$ref`, `oneOf`, `allOf` with
 * `nullable: true`) rewrite it as `anyOf: [schema, { type: 'null' }]`, and drop `nullable: false`.
 */
export function rewriteNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteNullable);
  if (node === null || typeof node !== 'object') return node;
  const source = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) copy[key] = key === 'example' || key === 'examples' ? value : rewriteNullable(value);
  if (copy.nullable === false) delete copy.nullable;
  if (copy.nullable === true && copy.type === undefined) {
    delete copy.nullable;
    return { anyOf: [copy, { type: 'null' }] };
  }
  return copy;
}

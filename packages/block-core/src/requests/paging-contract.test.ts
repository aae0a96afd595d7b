import { findSpecOperation, loadIntercomSpec, type JsonObject } from '@workflow-blocks/test-support';
import { describe, expect, it } from 'vitest';
import { intercomOperations } from '../operations/index.js';

// Which operations page, read from Intercom's 2.16 description: an operation whose answer carries cursor `pages`
// must declare `paging` (so it gets Fetch every page), with the cursor where the spec takes it.

const spec = loadIntercomSpec();
const schemas = (spec.components as { schemas: Record<string, JsonObject> }).schemas;

function resolve(schema: unknown): JsonObject {
  let current = schema as JsonObject;
  while (typeof current.$ref === 'string') current = schemas[current.$ref.split('/').at(-1) ?? ''] ?? {};
  return current;
}

/** A schema's properties, through `$ref` and `allOf`. */
function properties(schema: unknown): Record<string, unknown> {
  if (schema === undefined) return {};
  const resolved = resolve(schema);
  const own = (resolved.properties ?? {}) as Record<string, unknown>;
  return Object.assign({}, ...((resolved.allOf ?? []) as unknown[]).map(properties), own) as Record<string, unknown>;
}

const jsonSchema = (part: unknown): unknown => (part as { content?: { 'application/json'?: { schema?: unknown } } } | undefined)?.content?.['application/json']?.schema;

function specPaging(operationId: string) {
  const { operation } = findSpecOperation(spec, operationId);
  const ok = (operation.responses as Record<string, unknown>)['200'];
  const pages = properties(jsonSchema(ok)).pages as JsonObject | undefined;
  return {
    cursorPages: pages?.$ref === '#/components/schemas/cursor_pages',
    bodyPagination: 'pagination' in properties(jsonSchema(operation.requestBody)),
  };
}

describe('paging, against the 2.16 spec', () => {
  it.each(intercomOperations.map((op) => [op.key, op] as const))('%s declares paging exactly when Intercom pages its answer by cursor', (_key, op) => {
    const { cursorPages, bodyPagination } = specPaging(op.operationId);
    expect(op.paging !== undefined, `${op.key}: the spec's answer ${cursorPages ? 'has' : 'has no'} cursor pages`).toBe(cursorPages);
    if (op.paging === undefined) return;
    // A search takes the cursor in its body's pagination; a list (no such body) in the query string.
    expect(op.paging.cursor).toBe(bodyPagination ? 'body' : 'query');
    expect(op.method).toBe(bodyPagination ? 'POST' : 'GET');
    expect(op.outputs[op.paging.items]).toMatchObject({ type: 'array' });
    expect(op.outputs).toHaveProperty('pages');
  });
});

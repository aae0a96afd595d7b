import { findSpecOperation, loadIntercomSpec, type JsonObject } from './intercom-spec.js';

type Schema = JsonObject & { $ref?: string; allOf?: Schema[]; properties?: Record<string, Schema>; items?: Schema; type?: string; example?: unknown; nullable?: boolean };

const resolve = (schema: Schema): Schema => {
  if (schema.$ref === undefined) return schema;
  const name = schema.$ref.split('/').pop() ?? '';
  const schemas = (loadIntercomSpec().components as { schemas: Record<string, Schema> }).schemas;
  return resolve(schemas[name] ?? {});
};

const primitive: Record<string, unknown> = { string: 'text', integer: 0, number: 0, boolean: false };

/** A value of the schema made of the examples its properties give (an example wins over its parts; allOf merges). */
function sample(schema: Schema, depth = 0): unknown {
  const resolved = resolve(schema);
  if (schema.example !== undefined) return schema.example;
  if (resolved.example !== undefined) return resolved.example;
  if (depth > 6) return null;
  const parts = [...(resolved.allOf ?? []), ...(resolved.properties ? [{ properties: resolved.properties } as Schema] : [])];
  if (parts.length > 0 && resolved.type !== 'array') {
    const object: JsonObject = {};
    for (const part of parts) {
      const made = sample(part, depth + 1);
      if (made !== null && typeof made === 'object' && !Array.isArray(made)) Object.assign(object, made);
      for (const [name, property] of Object.entries(resolve(part).properties ?? {})) object[name] ??= sample(property, depth + 1);
    }
    return object;
  }
  if (resolved.type === 'array') return resolved.items ? [sample(resolved.items, depth + 1)] : [];
  if (resolved.nullable === true) return null;
  return primitive[resolved.type ?? ''] ?? null;
}

/**
 * For each 2xx response that documents a schema and no example (ArchiveContact, DeleteContact in 2.16), a body
 * built from the examples of the schema's properties, so a test can map every operation's success.
 */
export function schemaSamples(operationId: string): { status: number; name: string; value: unknown }[] {
  const { operation } = findSpecOperation(loadIntercomSpec(), operationId);
  const responses = (operation.responses ?? {}) as Record<string, JsonObject>;
  return Object.entries(responses).flatMap(([status, response]) => {
    const json = ((response.content ?? {}) as Record<string, JsonObject>)['application/json'];
    const code = Number(status);
    if (code < 200 || code >= 300 || json?.schema === undefined || json.examples !== undefined) return [];
    return [{ status: code, name: 'built from the schema', value: sample(json.schema as Schema) }];
  });
}

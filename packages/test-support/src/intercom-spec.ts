import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { intercomSpecPath } from './spec-location.js';

export type JsonObject = Record<string, unknown>;

export interface SpecOperation {
  operationId: string;
  method: 'get' | 'post' | 'put' | 'delete' | 'patch';
  pathTemplate: string;
  operation: JsonObject;
}

let cached: JsonObject | undefined;

/** The parsed Intercom 2.16 description (read once per process). */
export function loadIntercomSpec(): JsonObject {
  cached ??= parse(readFileSync(intercomSpecPath(), 'utf8'), { maxAliasCount: -1 }) as JsonObject;
  return cached;
}

const methods = ['get', 'post', 'put', 'delete', 'patch'] as const;

/** Finds an operation of the description by its operationId. */
export function findSpecOperation(spec: JsonObject, operationId: string): SpecOperation {
  const paths = spec.paths as Record<string, JsonObject>;
  for (const [pathTemplate, item] of Object.entries(paths)) {
    for (const method of methods) {
      const operation = item[method] as JsonObject | undefined;
      if (operation?.operationId === operationId) return { operationId, method, pathTemplate, operation };
    }
  }
  throw new Error(`No operation ${operationId} in the Intercom description`);
}

/** The spec's own response examples of an operation, by status. */
export function responseExamples(operationId: string): { status: number; name: string; value: unknown }[] {
  const { operation } = findSpecOperation(loadIntercomSpec(), operationId);
  const responses = (operation.responses ?? {}) as Record<string, JsonObject>;
  const found: { status: number; name: string; value: unknown }[] = [];
  for (const [status, response] of Object.entries(responses)) {
    const content = (response.content ?? {}) as Record<string, JsonObject>;
    const examples = (content['application/json']?.examples ?? {}) as Record<string, JsonObject>;
    for (const [name, example] of Object.entries(examples)) {
      found.push({ status: Number(status), name, value: example.value });
    }
  }
  return found;
}

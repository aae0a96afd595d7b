import type { JsonSchema } from '../schemas/json-schema.js';
import type { JsonPathSegment } from './json-path.js';

/** The schema node a keyword belongs to: `#/properties/a/type` -> `#/properties/a`. */
export function parentLocation(keywordLocation: string): string {
  return keywordLocation.slice(0, keywordLocation.lastIndexOf('/'));
}

/**
 * The schema of the value an error is about, before any anyOf picked an alternative:
 * `#/properties/a/anyOf/0/type` -> `#/properties/a`.
 */
export function ownerLocation(keywordLocation: string): string {
  const segments = keywordLocation.split('/');
  let end = 1;
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i];
    if (segment === 'properties' || segment === 'patternProperties') {
      end = i + 2;
      i++;
    } else if (segment === 'items' || segment === 'additionalProperties') {
      end = i + 1;
    }
  }
  return segments.slice(0, end).join('/');
}

/** The schema node at a `#/...` keyword location of cfworker's output (the schemas here use no `$ref`). */
export function schemaAt(schema: JsonSchema, location: string): JsonSchema | undefined {
  let node: unknown = schema;
  for (const segment of location.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[decodeSegment(segment)];
  }
  return node !== null && typeof node === 'object' ? node : undefined;
}

function decodeSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Turns cfworker's `#/a/0/b` into path segments, using the value to tell array indexes from keys. */
export function pointerToPath(pointer: string, value: unknown): JsonPathSegment[] {
  const path: JsonPathSegment[] = [];
  let current = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodeSegment(raw);
    if (Array.isArray(current)) {
      const index = Number(key);
      path.push(index);
      current = current[index] as unknown;
    } else {
      path.push(key);
      current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
    }
  }
  return path;
}

/** The part of a value at a path, or undefined. */
export function valueAt(value: unknown, path: readonly JsonPathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

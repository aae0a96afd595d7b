import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import type { JsonSchema } from './json-schema.js';

// ajv's standalone module is CommonJS: its function is the default export's `default`.
const standaloneCode = standaloneModule.default;

/** The header of each generated file: what it is and how it is regenerated. */
export const COMPILED_HEADER = [
  '/* eslint-disable */',
  '// @ts-nocheck',
  '// Generated from jsonFieldSchemas by ajv 8 standalone (schemas/compiled-schemas.test.ts); do not edit.',
  '// Regenerate: pnpm exec vitest run --project unit packages/block-core/src/schemas/compiled-schemas.test.ts -u',
].join('\n');

/** ajv's standalone validator of a schema, as the module text a generated file holds (dev only: tests import this). */
export function compiledSchemaSource(schema: JsonSchema): string {
  const ajv = new Ajv({ code: { source: true, esm: true, lines: true }, strict: false, allErrors: false });
  return `${COMPILED_HEADER}\n${standaloneCode(ajv, ajv.compile(structuredClone(schema)))}\n`;
}

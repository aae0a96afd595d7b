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
  // Only the yes/no is read (a no is explained by @cfworker/json-schema): no messages for the errors of anyOf's other branches.
  const ajv = new Ajv({ code: { source: true, esm: true, lines: true }, strict: false, allErrors: false, messages: false });
  const source = standaloneCode(ajv, ajv.compile(structuredClone(schema)));
  return `${COMPILED_HEADER}\n${inlineRuntime(source)}\n`;
}

// ajv's standalone code still `require`s its runtime helpers, which an ES module (the built proxy, a browser)
// cannot: each helper it needs is written into the file instead, and any other one fails the generation.
const RUNTIME_REQUIRE = /const (\w+) = require\("ajv\/dist\/runtime\/(\w+)"\)\.default;/g;
const inlinedRuntime: Readonly<Record<string, string>> = {
  // A string's length in code points, as JSON Schema counts it (a surrogate pair is one character).
  ucs2length: '(text) => { let length = 0; for (const _ of text) length += 1; return length; }',
};

function inlineRuntime(source: string): string {
  const inlined = source.replace(RUNTIME_REQUIRE, (_line, name: string, helper: string) => {
    const body = inlinedRuntime[helper];
    if (body === undefined) throw new Error(`ajv's runtime helper ${helper} has no inline version in compiled-schema-source.ts.`);
    return `const ${name} = ${body};`;
  });
  if (/\brequire\(/.test(inlined)) throw new Error('A compiled schema still requires a module, which an ES module cannot.');
  return inlined;
}

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = dirname(import.meta.dirname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|stories)\.tsx?$/.test(entry.name) ? [relative(src, path)] : [];
  });
}

const read = (file: string) => readFileSync(join(src, file), 'utf8');
const importing = (pattern: RegExp) => sourceFiles(src).filter((file) => pattern.test(read(file)));
/** Names imported as values from block-core's main entry, by file. */
function mainEntryValueImports(file: string): string[] {
  const statements = read(file).matchAll(/import\s+(?!type\s)\{([^}]*)\}\s+from\s+'@workflow-blocks\/block-core'/g);
  return [...statements].flatMap((match) =>
    (match[1] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '' && !name.startsWith('type ')),
  );
}

// block-core's validation engine (phone metadata, JSON Schemas, their checker) must stay out of the entry chunk.
describe('the validation boundary', () => {
  it('keeps validation-engine.ts the only module importing block-core/validation, loaded only lazily', () => {
    expect(importing(/@workflow-blocks\/block-core\/validation/)).toEqual(['validation/validation-engine.ts']);
    expect(importing(/['"]\.\/validation-engine\.js['"]/)).toEqual(['validation/load-validation-engine.ts']);
    const loader = read('validation/load-validation-engine.ts');
    expect(loader).toContain("import('./validation-engine.js').then(");
    // Only a type import, which the build erases.
    expect(loader).not.toMatch(/^import (?!type ).*validation-engine/m);
  });

  it('never imports the engine’s functions from block-core’s main entry', () => {
    const heavy = ['validateConfig', 'runBlock', 'jsonFieldSchemas', 'ticketSchemaForType', 'ticketSchemaForTypes', 'parseSavedBlock'];
    const found = sourceFiles(src).flatMap((file) => mainEntryValueImports(file).filter((name) => heavy.includes(name)).map((name) => `${file}: ${name}`));
    expect(found).toEqual([]);
  });
});

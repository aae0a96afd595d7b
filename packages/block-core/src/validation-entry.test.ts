import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as main from './index.js';
import * as validation from './validation-entry.js';

describe('the @workflow-blocks/block-core/validation entry', () => {
  it('is declared in the package exports with the source condition, like the main entry', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, Record<string, string>> };
    expect(pkg.exports['./validation']).toEqual({
      '@workflow-blocks/source': './src/validation-entry.ts',
      types: './dist/validation-entry.d.ts',
      import: './dist/validation-entry.js',
    });
  });

  it('exports the validation engine, and the main entry still exports the same functions', () => {
    const names = Object.keys(validation).sort();
    expect(names).toEqual(expect.arrayContaining(['jsonFieldSchemas', 'runBlock', 'ticketSchemaForType', 'validateConfig']));
    for (const name of names) expect(main[name as keyof typeof main]).toBe(validation[name as keyof typeof validation]);
  });

  it('validates through either entry alike', () => {
    const config = { resource: 'contact', operation: 'create', email: 'nope', phone: '123' };
    expect(validation.validateConfig(config)).toEqual(main.validateConfig(config));
    expect(validation.validateConfig(config).map((issue) => issue.field)).toEqual(['email', 'phone']);
  });
});

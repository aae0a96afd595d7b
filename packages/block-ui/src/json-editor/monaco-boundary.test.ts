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

const importing = (pattern: RegExp) => sourceFiles(src).filter((file) => pattern.test(readFileSync(join(src, file), 'utf8')));

// Monaco must stay behind the lazy boundary so the main bundle never pulls it in.
describe('the Monaco boundary', () => {
  it('keeps monaco-setup.ts the only module importing monaco-editor', () => {
    expect(importing(/from ['"]monaco-editor|import ['"]monaco-editor/)).toEqual(['json-editor/monaco-setup.ts']);
  });

  it('lets only the lazily loaded editor and its helpers reach Monaco', () => {
    expect(importing(/from ['"]\.\/monaco-setup\.js['"]/).sort()).toEqual([
      'json-editor/MonacoJsonEditor.tsx',
      'json-editor/model-schemas.ts',
      'json-editor/reference-completion.ts',
    ]);
    expect(importing(/@monaco-editor\/react/).sort()).toEqual(['json-editor/MonacoJsonEditor.tsx', 'json-editor/monaco-setup.ts']);
    expect(importing(/MonacoJsonEditor\.js/)).toEqual(['json-editor/JsonEditor.tsx']);
    expect(readFileSync(join(src, 'json-editor/JsonEditor.tsx'), 'utf8')).toContain("lazy(() => import('./MonacoJsonEditor.js'))");
    expect(importing(/from ['"]\.\/(model-schemas|reference-completion)\.js['"]/)).toEqual(['json-editor/MonacoJsonEditor.tsx']);
  });
});

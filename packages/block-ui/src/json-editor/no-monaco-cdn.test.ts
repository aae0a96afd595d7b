import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noMonacoCdn } from '../../vite-plugin.mjs';

// The loader @monaco-editor/react installs, and its default config module as the build sees it.
const fromReact = createRequire(createRequire(import.meta.url).resolve('@monaco-editor/react'));
const loaderRoot = dirname(fromReact.resolve('@monaco-editor/loader/package.json'));
const configFile = join(loaderRoot, 'lib/es/config/index.js');

type Transform = (this: { error: (message: string) => never }, code: string, id: string) => { code: string } | null;
const transform = noMonacoCdn().transform as unknown as Transform;
const context = { error: (message: string): never => { throw new Error(message); } };

describe('noMonacoCdn', () => {
  it("blanks the installed @monaco-editor/loader's default CDN path and leaves the rest of its config", () => {
    expect(existsSync(configFile)).toBe(true);
    const code = readFileSync(configFile, 'utf8');
    expect(code).toMatch(/https:\/\/cdn\./);
    const result = transform.call(context, code, configFile);
    expect(result?.code).not.toMatch(/https?:\/\//);
    expect(result?.code).toContain('paths');
  });

  it('fails the build when the loader config no longer holds the path where expected, and ignores other modules', () => {
    expect(() => transform.call(context, 'var config = {};', configFile)).toThrow(/no CDN path found/);
    expect(transform.call(context, "const url = 'https://example.com/monaco-editor/min/vs';", '/src/other.js')).toBeNull();
  });
});

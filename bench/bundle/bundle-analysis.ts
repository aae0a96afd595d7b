import { gzipSync } from 'node:zlib';
import { minifySync } from 'vite';
import type { BuiltFile } from './build-outputs.js';

type Chunk = Extract<BuiltFile, { type: 'chunk' }>;

const contentOf = (file: BuiltFile) => (file.type === 'chunk' ? file.code : typeof file.source === 'string' ? file.source : Buffer.from(file.source).toString('utf8'));

/**
 * Bytes a browser downloads for a file: JavaScript minified (oxc: compress + mangle; Vite leaves whitespace in
 * ES library builds, a host's bundler would remove it), then gzip level 9 like a web server's static gzip.
 */
export function gzipSize(file: BuiltFile): number {
  let text = contentOf(file);
  if (file.fileName.endsWith('.js')) {
    const minified = minifySync(file.fileName, text, { compress: true, mangle: true, module: true });
    if (minified.errors.length === 0) text = minified.code;
  }
  return gzipSync(text, { level: 9 }).length;
}

export const isChunk = (file: BuiltFile): file is Chunk => file.type === 'chunk';

/** Every chunk a static `import` reaches from the entry (what loads before anything lazy). */
export function staticClosure(files: BuiltFile[]): Chunk[] {
  const byName = new Map(files.filter(isChunk).map((chunk) => [chunk.fileName, chunk]));
  const entry = files.filter(isChunk).find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('the build has no entry chunk');
  const reached = new Map<string, Chunk>([[entry.fileName, entry]]);
  const queue = [entry];
  for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
    for (const name of chunk.imports) {
      const next = byName.get(name);
      if (next && !reached.has(name)) {
        reached.set(name, next);
        queue.push(next);
      }
    }
  }
  return [...reached.values()];
}

/** A lazily loaded part of the build: a chunk the entry's chunks import dynamically, with what it loads in turn. */
export interface LazyGroup {
  /** The dynamically imported chunk. */
  root: Chunk;
  /** The root and every chunk it reaches (static or dynamic imports) outside the entry's chunks. */
  chunks: Chunk[];
}

/** The lazily loaded parts of a build, one per chunk the entry's chunks import dynamically, in build order. */
export function lazyGroups(files: BuiltFile[], entryChunks: Chunk[]): LazyGroup[] {
  const byName = new Map(files.filter(isChunk).map((chunk) => [chunk.fileName, chunk]));
  const inEntry = new Set(entryChunks.map((chunk) => chunk.fileName));
  const roots = [...new Set(entryChunks.flatMap((chunk) => chunk.dynamicImports))].filter((name) => !inEntry.has(name));
  return roots.flatMap((rootName) => {
    const root = byName.get(rootName);
    if (!root) return [];
    const reached = new Map<string, Chunk>([[root.fileName, root]]);
    const queue = [root];
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      for (const name of [...chunk.imports, ...chunk.dynamicImports]) {
        const next = byName.get(name);
        if (next && !inEntry.has(name) && !reached.has(name)) {
          reached.set(name, next);
          queue.push(next);
        }
      }
    }
    return [{ root, chunks: [...reached.values()] }];
  });
}

const monacoModule = /[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:monaco-editor|@monaco-editor[\\/]react)[\\/]/;
const editorModule = /[\\/]json-editor[\\/](?:MonacoJsonEditor|monaco-setup)\./;

/** Modules of Monaco (or the block-ui modules that load it) inside the given chunks. */
export const monacoModulesIn = (chunks: Chunk[]): string[] =>
  chunks.flatMap((chunk) => chunk.moduleIds.filter((id) => monacoModule.test(id) || editorModule.test(id)));

/** The package (or workspace package) a module comes from, for the "what is in it" lines. */
export function packageOf(id: string): string {
  const inModules = /node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  if (inModules?.[1]) return inModules[1].replace(/\\/g, '/');
  const workspace = /[\\/]packages[\\/]([^\\/]+)[\\/]/.exec(id);
  if (workspace?.[1]) return `@workflow-blocks/${workspace[1]}`;
  return id.startsWith('\0') ? 'bundler helpers' : 'other';
}

/** Each package's share of the chunks' code before minification, largest first. */
export function packageShares(chunks: Chunk[]): { name: string; share: number }[] {
  const bytes = new Map<string, number>();
  let total = 0;
  for (const chunk of chunks) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      const name = packageOf(id);
      bytes.set(name, (bytes.get(name) ?? 0) + module.renderedLength);
      total += module.renderedLength;
    }
  }
  return [...bytes.entries()].map(([name, size]) => ({ name, share: total === 0 ? 0 : size / total })).sort((a, b) => b.share - a.share);
}

/** Which parts of Monaco a set of module ids holds: editor core, editor features, and each language. */
export function monacoParts(ids: string[]): { languages: string[]; parts: string[] } {
  const languages = new Set<string>();
  const parts = new Set<string>();
  for (const id of ids.map((value) => value.replace(/\\/g, '/'))) {
    const language = /monaco-editor\/esm\/vs\/(?:basic-languages|language|languages\/features|languages\/definitions)\/([^/]+)\//.exec(id)?.[1];
    if (language === 'common') parts.add('language-service common');
    else if (language) languages.add(language);
    else if (id.includes('monaco-editor/esm/vs/editor/contrib/')) parts.add('editor features');
    else if (id.includes('monaco-editor/esm/vs/')) parts.add('editor core');
    else if (id.includes('@monaco-editor/react')) parts.add('@monaco-editor/react');
    else if (editorModule.test(id)) parts.add('block-ui Monaco setup');
  }
  return { languages: [...languages].sort(), parts: [...parts] };
}

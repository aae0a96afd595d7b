import type { Plugin } from 'vite';
/** Blanks @monaco-editor/loader's default CDN path, so no bundle holds a CDN address. */
export function noMonacoCdn(): Plugin;

// Build-time plugin for hosts and this package: Monaco must load from the installed monaco-editor, never a CDN.
// @monaco-editor/loader ships a CDN path as its default config; block-ui always hands it the installed Monaco
// (loader.config({ monaco })), so the default is dead code. This removes the address from the bundle.

const LOADER_CONFIG = /[\\/]@monaco-editor[\\/]loader[\\/].*config[\\/]index\.(m?js|cjs)$/;
const CDN_PATH = /(['"])https?:\/\/[^'"]*monaco-editor[^'"]*\1/g;

/**
 * Blanks @monaco-editor/loader's default CDN path. Fails the build if the loader's config no longer holds one where
 * expected, so an upgrade that moves it cannot bring the address back unnoticed.
 * @returns {import('vite').Plugin}
 * @example export default defineConfig({ plugins: [react(), noMonacoCdn()] });
 */
export function noMonacoCdn() {
  return {
    name: 'block-ui:no-monaco-cdn',
    enforce: 'pre',
    transform(code, id) {
      if (!LOADER_CONFIG.test(id.split('?')[0] ?? id)) return null;
      const blanked = code.replace(CDN_PATH, "''");
      if (blanked === code) this.error(`no CDN path found in ${id}: check @monaco-editor/loader's default config`);
      return { code: blanked, map: null };
    },
  };
}

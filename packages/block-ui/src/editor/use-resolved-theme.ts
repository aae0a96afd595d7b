import { useSyncExternalStore } from 'react';
import type { BlockTheme } from './editor-context.js';

const QUERY = '(prefers-color-scheme: dark)';

// One MediaQueryList for the page: `matchMedia` builds a new one per call, and React reads the snapshot on every render.
let media: MediaQueryList | null | undefined;
function darkQuery(): MediaQueryList | null {
  media ??= typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
  return media;
}

function subscribe(onChange: () => void): () => void {
  const query = darkQuery();
  if (!query) return () => undefined;
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const prefersDark = () => darkQuery()?.matches ?? false;

/** `light` or `dark`: the chosen theme, or the host's colour scheme preference for `system`. */
export function useResolvedTheme(theme: BlockTheme): 'light' | 'dark' {
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  if (theme === 'system') return dark ? 'dark' : 'light';
  return theme;
}

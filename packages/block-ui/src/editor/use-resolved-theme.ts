import { useSyncExternalStore } from 'react';
import type { BlockTheme } from './editor-context.js';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const prefersDark = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;

/** `light` or `dark`: the chosen theme, or the host's colour scheme preference for `system`. */
export function useResolvedTheme(theme: BlockTheme): 'light' | 'dark' {
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  if (theme === 'system') return dark ? 'dark' : 'light';
  return theme;
}

import { createContext, useContext } from 'react';

/** Colour scheme of the editor; `system` follows the host's `prefers-color-scheme`. */
export type BlockTheme = 'light' | 'dark' | 'system';

/** What every control inside one editor needs to know, without prop drilling. */
export interface EditorEnvironment {
  /** Prefix that keeps element ids unique when a host renders several editors. */
  idPrefix: string;
  readOnly: boolean;
  disabled: boolean;
  theme: BlockTheme;
  /** Popups (Radix Select content) portal here so that the scoped CSS and theme variables apply. */
  portalContainer: HTMLElement | null;
}

const defaultEnvironment: EditorEnvironment = {
  idPrefix: 'wb',
  readOnly: false,
  disabled: false,
  theme: 'light',
  portalContainer: null,
};

export const EditorEnvironmentContext = createContext<EditorEnvironment>(defaultEnvironment);

/** The environment of the editor the calling control sits in. */
export function useEditorEnvironment(): EditorEnvironment {
  return useContext(EditorEnvironmentContext);
}

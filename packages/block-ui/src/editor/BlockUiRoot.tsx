import { createContext, useContext, type ReactNode } from 'react';
import type { BlockTheme } from './editor-context.js';

const InsideRoot = createContext(false);

export interface BlockUiRootProps {
  theme?: BlockTheme;
  className?: string;
  children: ReactNode;
}

/**
 * The `.wb-intercom` element every block-ui style is scoped under, with the theme's CSS variables. A part used
 * on its own (an output tree in a host panel) gets one; inside the editor it reuses the editor's.
 */
export function BlockUiRoot({ theme = 'light', className, children }: BlockUiRootProps) {
  const inside = useContext(InsideRoot);
  if (inside) return <>{children}</>;
  return (
    <div className={['wb-intercom', className].filter(Boolean).join(' ')} data-theme={theme}>
      <InsideRoot.Provider value={true}>{children}</InsideRoot.Provider>
    </div>
  );
}

/** Marks an existing root element's subtree, for components that render the root themselves. */
export const BlockUiRootMarker = InsideRoot.Provider;

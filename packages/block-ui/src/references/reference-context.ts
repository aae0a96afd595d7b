import { createContext, useContext } from 'react';
import type { ReferencePath, UpstreamStep } from '@workflow-blocks/block-core';
import type { ReferenceTree } from './reference-tree.js';

/** What the steps before this block offer to reference, computed once per editor. */
export interface ReferenceEnvironment {
  upstream: UpstreamStep[];
  /** block-core's `listReferencePaths(upstream)`. */
  paths: ReferencePath[];
  tree: ReferenceTree;
}

export const ReferenceContext = createContext<ReferenceEnvironment>({
  upstream: [],
  paths: [],
  tree: { steps: [], byKey: new Map() },
});

/** The upstream references available to the calling control. */
export function useReferences(): ReferenceEnvironment {
  return useContext(ReferenceContext);
}

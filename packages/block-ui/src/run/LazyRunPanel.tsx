import { lazy, Suspense } from 'react';
import type { OutputTreeProps } from './OutputTree.js';
import type { RunPanelProps } from './RunPanel.js';

// Run and its output tree are not needed for the editor's first paint (Run waits for validation anyway): their
// code is fetched when the panel first mounts, keeping the entry within its budget (BENCHMARKS.md, bundle).
const RunPanelChunk = lazy(() => import('./RunPanel.js').then((module) => ({ default: module.RunPanel })));
const OutputTreeChunk = lazy(() => import('./OutputTree.js').then((module) => ({ default: module.OutputTree })));

/** Holds the Run panel's place while its code arrives, announced to screen readers. */
function RunPanelLoading() {
  return (
    <div className="wb-panel" role="group" aria-label="Run" aria-busy="true">
      <p className="wb-muted" role="status">
        Loading Run…
      </p>
    </div>
  );
}

/** The Run panel (see RunPanel), loaded lazily behind Suspense. */
export function LazyRunPanel(props: RunPanelProps) {
  return (
    <Suspense fallback={<RunPanelLoading />}>
      <RunPanelChunk {...props} />
    </Suspense>
  );
}

/** The output tree (see OutputTree), loaded lazily behind Suspense: what hosts import, the Run panel uses its own. */
export function LazyOutputTree(props: OutputTreeProps) {
  return (
    <Suspense fallback={<p className="wb-muted" role="status">Loading the outputs…</p>}>
      <OutputTreeChunk {...props} />
    </Suspense>
  );
}

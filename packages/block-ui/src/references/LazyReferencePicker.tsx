import { useEffect, useState } from 'react';
import type { ReferencePickerProps } from './ReferencePicker.js';
import type * as ReferencePickerChunk from './ReferencePicker.js';

type PickerModule = typeof ReferencePickerChunk;
let loaded: PickerModule | undefined;
// Fetched as soon as block-ui loads, beside its entry rather than in it (BENCHMARKS.md, bundle): by the time the
// user types "<" it is there, and opens at once with what they type next going to its search.
const loading = import('./ReferencePicker.js').then((module) => (loaded = module));

/** Resolves once the picker's code is there (tests wait for it so the picker opens at once, as for a user). */
export const loadReferencePicker = (): Promise<unknown> => loading;

/** The reference picker (see ReferencePicker); until its code is there, a status in its place. */
export function LazyReferencePicker(props: ReferencePickerProps) {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    void loading.then((next) => {
      if (live) setModule(next);
    });
    return () => {
      live = false;
    };
  }, [module]);
  if (module) return <module.ReferencePicker {...props} />;
  return (
    <div className="wb-picker" role="status" aria-label={props.label}>
      Loading references…
    </div>
  );
}

import { useSyncExternalStore } from 'react';
// Types only: erased from the build, so the engine stays behind the dynamic import below.
import type * as EngineModule from './validation-engine.js';

/** block-core's validation engine, as the lazily loaded module exposes it. */
export type ValidationEngine = typeof EngineModule;

let engine: ValidationEngine | undefined;
let loading: Promise<ValidationEngine> | undefined;
const listeners = new Set<() => void>();

/**
 * Loads the validation engine once per page; every caller shares the same promise. A failed load (a chunk that did
 * not arrive) is forgotten, so the next caller tries again.
 * @returns the engine
 * @example const { validateConfig } = await loadValidationEngine();
 */
export function loadValidationEngine(): Promise<ValidationEngine> {
  loading ??= import('./validation-engine.js').then(
    (loaded) => {
      engine = loaded;
      for (const listener of listeners) listener();
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The engine when it has loaded, without waiting: a component mounted after the first load validates at once. */
export function loadedValidationEngine(): ValidationEngine | undefined {
  return engine;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Start loading as soon as something on the page needs validation; a failure leaves `undefined` (still checking).
  if (!engine) loadValidationEngine().catch(() => undefined);
  return () => listeners.delete(listener);
}

/**
 * The validation engine, or `undefined` while it loads (the first editor or node on a page waits a few ms for it).
 * Starts the load on mount.
 */
export function useValidationEngine(): ValidationEngine | undefined {
  return useSyncExternalStore(subscribe, loadedValidationEngine, loadedValidationEngine);
}

import { useLayoutEffect, useState } from 'react';
import type { IntercomConfig } from '@workflow-blocks/block-core';

type Listener = () => void;

/**
 * The config while it is edited: one snapshot, replaced (never mutated) on each change, with listeners per field,
 * so a keystroke wakes only the field typed in and whoever watches the whole config.
 */
export interface ConfigStore {
  /** The config now; a new object after each change, the same object until then. */
  get: () => IntercomConfig;
  /** Sets one or more values as one change (a field edit, or an operation switch with its defaults). */
  update: (values: Readonly<Record<string, unknown>>) => void;
  /** Replaces the whole config (the host loaded another block). */
  reset: (config: IntercomConfig) => void;
  /** Calls `listener` after each change of `field`, or of anything when no field is named. */
  subscribe: (listener: Listener, field?: string) => () => void;
}

/**
 * A store holding `initial` (kept as given: values of hidden fields and unknown keys stay).
 * @example const store = createConfigStore({ resource: 'contact', operation: 'get' }); store.update({ contactId: '1' });
 */
export function createConfigStore(initial: IntercomConfig): ConfigStore {
  let config = initial;
  const everyChange = new Set<Listener>();
  const byField = new Map<string, Set<Listener>>();

  const publish = (changed: Iterable<string>) => {
    for (const field of changed) for (const listener of byField.get(field) ?? []) listener();
    for (const listener of everyChange) listener();
  };

  return {
    get: () => config,
    update(values) {
      const changed = Object.keys(values).filter((key) => !Object.is(config[key], values[key]));
      if (changed.length === 0) return;
      config = { ...config, ...values };
      publish(changed);
    },
    reset(next) {
      const previous = config;
      config = next;
      const keys = new Set([...Object.keys(previous), ...Object.keys(next)]);
      publish([...keys].filter((key) => !Object.is(previous[key], next[key])));
    },
    subscribe(listener, field) {
      let listeners = everyChange;
      if (field !== undefined) {
        listeners = byField.get(field) ?? new Set();
        byField.set(field, listeners);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * Keeps `read()` in React state, following the store. Subscribed once, in a layout effect, rather than through
 * useSyncExternalStore, which queues a passive effect after every change: a keystroke then costs one state update.
 */
function useStoreState<T>(store: ConfigStore, read: () => T, field?: string): T {
  const [value, setValue] = useState(read);
  useLayoutEffect(() => {
    // As an updater, so the value is read when React renders.
    const sync = () => setValue(read);
    // A change between render and subscription (or a new store) is picked up here, before paint.
    sync();
    return store.subscribe(sync, field);
    // `read` depends only on the store and the field.
  }, [store, field]);
  return value;
}

/** One field's value, re-rendering the caller only when that value changes. */
export function useConfigValue(store: ConfigStore, field: string): unknown {
  return useStoreState(store, () => store.get()[field], field);
}

/** The whole config, re-rendering the caller after every change. */
export function useConfigSnapshot(store: ConfigStore): IntercomConfig {
  return useStoreState(store, store.get);
}

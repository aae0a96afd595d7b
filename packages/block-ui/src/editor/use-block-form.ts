import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { applyDefaults, createDefaultConfig, operationOptions, type IntercomConfig, type SavedIntercomBlock } from '@workflow-blocks/block-core';
import { createConfigStore, type ConfigStore } from './config-store.js';

export interface BlockFormOptions {
  value?: SavedIntercomBlock;
  defaultValue?: SavedIntercomBlock;
  onChange?: (block: SavedIntercomBlock) => void;
}

export interface BlockForm {
  /** The config being edited, with a subscription per field. */
  store: ConfigStore;
  /** The config as it is now, including values of hidden fields and unknown keys (a copy the caller may keep). */
  getConfig: () => IntercomConfig;
  /** Sets one field as the user edited it, then tells the host. Switching resource or operation applies defaults. */
  setField: (name: string, value: unknown) => void;
  /** Called after the host replaced the value from outside (controlled mode). */
  onExternalChange: (listener: () => void) => void;
}

const serialize = (config: IntercomConfig) => JSON.stringify(config);
/** How many of our own edits the host may lag behind before the oldest are forgotten. */
const MAX_PENDING_ECHOES = 200;

/** One block sent through onChange: a host passes the same object back, or at least the same JSON. */
interface SentBlock {
  block: SavedIntercomBlock;
  text?: string;
}
const textOf = (sent: SentBlock) => (sent.text ??= serialize(sent.block.config));

/**
 * Form state for one saved block, controlled (`value`) or not (`defaultValue`). Values of fields the chosen
 * operation hides stay in the config, so switching back shows them again.
 */
export function useBlockForm({ value, defaultValue, onChange }: BlockFormOptions): BlockForm {
  const [store] = useState(() => createConfigStore({ ...(value?.config ?? defaultValue?.config ?? createDefaultConfig()) }));
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const externalListener = useRef<() => void>(() => undefined);
  // Blocks sent through onChange that the host has not passed back yet, oldest first.
  const pendingEchoes = useRef<SentBlock[]>([]);

  const getConfig = useCallback((): IntercomConfig => ({ ...store.get() }), [store]);

  // Controlled mode: follow the host's value, except when it is the echo of one of our own edits that the
  // user has already typed past (a host that is slow to re-render must not undo the latest keys). A layout
  // effect: a block loaded from outside shows before the next paint, and a keystroke's echo costs no scheduling.
  useLayoutEffect(() => {
    if (!value) return;
    const pending = pendingEchoes.current;
    let echo = pending.findIndex((sent) => sent.block === value);
    let incoming: string | undefined;
    if (echo === -1) {
      incoming = serialize(value.config);
      echo = pending.findIndex((sent) => textOf(sent) === incoming);
    }
    if (echo !== -1) {
      pendingEchoes.current = pending.slice(echo + 1);
      return;
    }
    pendingEchoes.current = [];
    if (incoming === serialize(store.get())) return;
    store.reset({ ...value.config });
    externalListener.current();
  }, [value, store]);

  const setField = useCallback(
    (name: string, next: unknown) => {
      const changes: Record<string, unknown> = { [name]: next };
      if (name === 'resource') {
        const offered = operationOptions(next).map((option) => option.value);
        // An operation the new resource lacks gives way to block-core's default for that resource.
        if (!offered.includes(store.get().operation)) changes.operation = createDefaultConfig(String(next)).operation;
      }
      if (name === 'resource' || name === 'operation') {
        const current = { ...store.get(), ...changes };
        const withDefaults = applyDefaults(current);
        for (const [key, filled] of Object.entries(withDefaults)) {
          if (current[key] !== filled) changes[key] = filled;
        }
      }
      store.update(changes);
      const block: SavedIntercomBlock = { type: 'intercom', config: getConfig() };
      pendingEchoes.current.push({ block });
      if (pendingEchoes.current.length > MAX_PENDING_ECHOES) pendingEchoes.current.shift();
      onChangeRef.current?.(block);
    },
    [store, getConfig],
  );

  const onExternalChange = useCallback((listener: () => void) => {
    externalListener.current = listener;
  }, []);

  return { store, getConfig, setField, onExternalChange };
}

import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useForm, type Control, type UseFormRegister } from 'react-hook-form';
import { applyDefaults, createDefaultConfig, switchOperation, type IntercomConfig, type SavedIntercomBlock } from '@workflow-blocks/block-core';
import { configOf, type ConfigValues } from './config-values.js';

/** Where the editor's shell hands the host's new `value` to the form (set by the form while it is mounted). */
export type ValueFollower = { current: ((value: SavedIntercomBlock) => void) | undefined };

export interface BlockFormOptions {
  /** The block the form starts from (the host's `value` or `defaultValue` at mount). */
  initial: SavedIntercomBlock | undefined;
  /** Every edit, as the whole saved block. */
  onChange: (block: SavedIntercomBlock) => void;
  /** Controlled mode: the shell calls this with each `value` the host passes. */
  follow: ValueFollower;
}

/** What fields bind to: react-hook-form's control (values to watch) and register (native text inputs). */
export interface BlockFormBinding {
  control: Control<ConfigValues>;
  register: UseFormRegister<ConfigValues>;
  /**
   * Calls `listener` after the form itself wrote values into the inputs, not after the user typed: `host` when
   * the host's new value replaced the form, `field` for a field set through `setField` (a picked reference, an
   * operation's defaults). Returns the unsubscribe.
   */
  onFormWrite: (listener: (source: FormWriteSource) => void) => () => void;
}

/** Who made the form write values into its inputs. */
export type FormWriteSource = 'host' | 'field';

export interface BlockForm {
  binding: BlockFormBinding;
  /** The config as it is now, including values of hidden fields and unknown keys (a copy the caller may keep). */
  getConfig: () => IntercomConfig;
  /** Sets one field as the user edited it, then tells the host. Switching resource or operation applies defaults. */
  setField: (name: string, value: unknown) => void;
  /** A registered text input already stored what the user typed: tell the host. */
  fieldEdited: (name: string) => void;
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
 * Form state for one saved block, controlled (`value`) or not (`defaultValue`), held by react-hook-form. Values
 * of fields the chosen operation hides stay (hidden fields are not unregistered), so switching back shows them.
 */
export function useBlockForm(options: BlockFormOptions): BlockForm {
  const { onChange, follow } = options;
  const [initial] = useState<ConfigValues>(() => ({ ...(options.initial?.config ?? createDefaultConfig()) }));
  const { control, register, getValues, setValue, reset } = useForm<ConfigValues>({ defaultValues: initial, shouldUnregister: false });
  // Registered inputs hear of values they did not type (no input event comes for those), validation of new ones.
  const writeListeners = useRef(new Set<(source: FormWriteSource) => void>());
  const wrote = useCallback((source: FormWriteSource) => {
    for (const listener of writeListeners.current) listener(source);
  }, []);
  const binding = useMemo<BlockFormBinding>(
    () => ({
      control,
      register,
      onFormWrite: (listener) => {
        writeListeners.current.add(listener);
        return () => writeListeners.current.delete(listener);
      },
    }),
    [control, register],
  );
  // Blocks sent through onChange that the host has not passed back yet, oldest first.
  const pendingEchoes = useRef<SentBlock[]>([]);
  // Keys the loaded config holds or the user edited; an empty input that only registered adds none.
  const kept = useRef(new Set(Object.keys(initial)));

  const getConfig = useCallback((): IntercomConfig => configOf(getValues(), kept.current), [getValues]);

  // Controlled mode: follow the host's value, except when it is the echo of one of our own edits that the
  // user has already typed past (a host that is slow to re-render must not undo the latest keys). Called from
  // the shell's layout effect: a block loaded from outside shows before the next paint, and a keystroke's echo
  // re-renders nothing here.
  const followValue = useCallback(
    (value: SavedIntercomBlock) => {
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
      if (incoming === serialize(getConfig())) return;
      kept.current = new Set(Object.keys(value.config));
      // keepFieldsRef: mounted inputs keep their registration and show the new values at once.
      reset({ ...value.config }, { keepFieldsRef: true });
      wrote('host');
    },
    [getConfig, reset, wrote],
  );
  useLayoutEffect(() => {
    follow.current = followValue;
    return () => {
      follow.current = undefined;
    };
  }, [follow, followValue]);

  const emit = useCallback(() => {
    const block: SavedIntercomBlock = { type: 'intercom', config: getConfig() };
    pendingEchoes.current.push({ block });
    if (pendingEchoes.current.length > MAX_PENDING_ECHOES) pendingEchoes.current.shift();
    onChange(block);
  }, [getConfig, onChange]);

  const setField = useCallback(
    (name: string, next: unknown) => {
      const current = getConfig();
      const changes: Record<string, unknown> = { [name]: next };
      // block-core decides what a switch keeps: the leaving operation's defaults go, the new one's come. Any other
      // field may show another (Fetch every page shows Max results): a field that appears gets its default.
      const updated: Record<string, unknown> =
        name === 'resource' || name === 'operation' ? switchOperation(current, { [name]: next }) : applyDefaults({ ...current, [name]: next });
      for (const key of new Set([...Object.keys(current), ...Object.keys(updated)])) {
        if (key !== name && updated[key] !== current[key]) changes[key] = updated[key];
      }
      for (const [key, changed] of Object.entries(changes)) {
        kept.current.add(key);
        setValue(key, changed);
      }
      wrote('field');
      emit();
    },
    [getConfig, setValue, wrote, emit],
  );

  const fieldEdited = useCallback(
    (name: string) => {
      kept.current.add(name);
      emit();
    },
    [emit],
  );

  return { binding, getConfig, setField, fieldEdited };
}

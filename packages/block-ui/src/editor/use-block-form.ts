import { useCallback, useEffect, useRef } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { applyDefaults, createDefaultConfig, operationOptions, type IntercomConfig, type SavedIntercomBlock } from '@workflow-blocks/block-core';

export interface BlockFormOptions {
  value?: SavedIntercomBlock;
  defaultValue?: SavedIntercomBlock;
  onChange?: (block: SavedIntercomBlock) => void;
}

export interface BlockForm {
  form: UseFormReturn<IntercomConfig>;
  /** The config as it is now, including values of hidden fields and unknown keys. */
  getConfig: () => IntercomConfig;
  /** Sets one field as the user edited it, then tells the host. Switching resource or operation applies defaults. */
  setField: (name: string, value: unknown) => void;
  /** Called after the host replaced the value from outside (controlled mode). */
  onExternalChange: (listener: () => void) => void;
}

const serialize = (config: IntercomConfig) => JSON.stringify(config);
/** How many of our own edits the host may lag behind before the oldest are forgotten. */
const MAX_PENDING_ECHOES = 200;

/**
 * react-hook-form state for one saved block, controlled (`value`) or not (`defaultValue`). Values of fields the
 * chosen operation hides stay in the form (`shouldUnregister: false`), so switching back shows them again.
 */
export function useBlockForm({ value, defaultValue, onChange }: BlockFormOptions): BlockForm {
  const initial = useRef<IntercomConfig | null>(null);
  initial.current ??= { ...(value?.config ?? defaultValue?.config ?? createDefaultConfig()) };
  const form = useForm<IntercomConfig>({ defaultValues: initial.current, shouldUnregister: false });
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const externalListener = useRef<() => void>(() => undefined);
  // Configs sent through onChange that the host has not passed back yet, oldest first.
  const pendingEchoes = useRef<string[]>([]);

  const getConfig = useCallback((): IntercomConfig => ({ ...form.getValues() }), [form]);

  // Controlled mode: follow the host's value, except when it is the echo of one of our own edits that the
  // user has already typed past (a host that is slow to re-render must not undo the latest keys).
  useEffect(() => {
    if (!value) return;
    const incoming = serialize(value.config);
    const echo = pendingEchoes.current.indexOf(incoming);
    if (echo !== -1) {
      pendingEchoes.current = pendingEchoes.current.slice(echo + 1);
      return;
    }
    pendingEchoes.current = [];
    if (incoming === serialize(form.getValues())) return;
    form.reset({ ...value.config }, { keepTouched: true, keepDirty: true });
    externalListener.current();
  }, [value, form]);

  const setField = useCallback(
    (name: string, next: unknown) => {
      const options = { shouldDirty: true, shouldTouch: true };
      form.setValue(name, next, options);
      if (name === 'resource') {
        const operation = form.getValues('operation');
        const offered = operationOptions(next).map((option) => option.value);
        // An operation the new resource lacks gives way to block-core's default for that resource.
        if (!offered.includes(operation)) form.setValue('operation', createDefaultConfig(String(next)).operation, options);
      }
      if (name === 'resource' || name === 'operation') {
        const current = form.getValues();
        const withDefaults = applyDefaults(current);
        for (const [key, filled] of Object.entries(withDefaults)) {
          if (current[key] !== filled) form.setValue(key, filled, options);
        }
      }
      const config = getConfig();
      pendingEchoes.current.push(serialize(config));
      if (pendingEchoes.current.length > MAX_PENDING_ECHOES) pendingEchoes.current.shift();
      onChangeRef.current?.({ type: 'intercom', config });
    },
    [form, getConfig],
  );

  const onExternalChange = useCallback((listener: () => void) => {
    externalListener.current = listener;
  }, []);

  return { form, getConfig, setField, onExternalChange };
}

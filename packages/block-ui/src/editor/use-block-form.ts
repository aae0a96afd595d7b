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

const sameConfig = (a: IntercomConfig, b: IntercomConfig) => JSON.stringify(a) === JSON.stringify(b);

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

  const getConfig = useCallback((): IntercomConfig => ({ ...form.getValues() }), [form]);

  // Controlled mode: follow the host's value whenever it differs from what the form holds.
  useEffect(() => {
    if (!value) return;
    if (sameConfig(value.config, form.getValues())) return;
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
      onChangeRef.current?.({ type: 'intercom', config: getConfig() });
    },
    [form, getConfig],
  );

  const onExternalChange = useCallback((listener: () => void) => {
    externalListener.current = listener;
  }, []);

  return { form, getConfig, setField, onExternalChange };
}

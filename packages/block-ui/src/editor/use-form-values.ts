import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import type { IntercomConfig } from '@workflow-blocks/block-core';
import type { BlockFormBinding } from './use-block-form.js';

/** One field's value, re-rendering the caller only when that field changes (not a field whose name starts the same). */
export function useFieldValue(binding: BlockFormBinding, name: string): unknown {
  return useWatch({ control: binding.control, name, exact: true });
}

/** The whole config, re-rendering the caller after every change. */
export function useConfigSnapshot(binding: BlockFormBinding, getConfig: () => IntercomConfig): IntercomConfig {
  const values = useWatch({ control: binding.control });
  // `values` only says that something changed; the config leaves out what an empty input merely registered.
  return useMemo(() => getConfig(), [values, getConfig]);
}

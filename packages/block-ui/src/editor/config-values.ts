import type { IntercomConfig } from '@workflow-blocks/block-core';

/** The form's values: the config with any key (hidden fields' values and unknown keys are kept). */
export type ConfigValues = Record<string, unknown>;

/**
 * The saved config from the form's values: keys without a value are left out, and so is the empty text a
 * newly shown input reports when it registers, unless the key was loaded or the user edited it.
 * @example configOf({ resource: 'contact', operation: 'get', contactId: '' }, new Set(['resource', 'operation'])) // no contactId
 */
export function configOf(values: ConfigValues, kept: ReadonlySet<string>): IntercomConfig {
  const config: ConfigValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || (value === '' && !kept.has(key))) continue;
    config[key] = value;
  }
  return config as IntercomConfig;
}

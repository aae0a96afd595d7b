import { visibleFields } from '../definition/visibility.js';
import type { IntercomConfig } from '../types.js';

/**
 * Fills in the defaults of the fields the chosen operation shows, where no value is set (`undefined`).
 * Values already there, even empty or invalid ones, are kept as typed; hidden fields are left alone.
 * @param config a config as saved or edited
 * @returns a new config; the one given is not changed
 * @example applyDefaults({ resource: 'contact', operation: 'list' }).perPage // 50
 * @example applyDefaults({ resource: 'contact', operation: 'update' }).role // undefined: an update has no role default
 */
export function applyDefaults(config: IntercomConfig): IntercomConfig {
  const result: Record<string, unknown> = { ...config };
  // The resource's default can change which operation, and so which fields, are visible: fill twice.
  for (let pass = 0; pass < 2; pass++) {
    for (const field of visibleFields(result as IntercomConfig)) {
      if (field.default !== undefined && result[field.name] === undefined) result[field.name] = field.default;
    }
  }
  return result as IntercomConfig;
}

/**
 * A new config for a resource and operation, with their defaults filled in.
 * @param resource defaults to the resource field's default (`contact`)
 * @param operation defaults to none chosen (`''`)
 * @example createDefaultConfig('conversation', 'reply') // { resource: 'conversation', operation: 'reply', replyType: 'comment' }
 */
export function createDefaultConfig(resource?: string, operation?: string): IntercomConfig {
  const start: Record<string, unknown> = { operation: operation ?? '' };
  if (resource !== undefined) start.resource = resource;
  // Resource and operation first, as people read a config.
  const { resource: chosenResource, operation: chosenOperation, ...rest } = applyDefaults(start as IntercomConfig);
  return { resource: chosenResource, operation: chosenOperation, ...rest };
}

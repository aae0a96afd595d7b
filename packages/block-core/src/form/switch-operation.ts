import { operationOptions, visibleFields } from '../definition/visibility.js';
import type { IntercomConfig } from '../types.js';
import { applyDefaults, createDefaultConfig } from './apply-defaults.js';

/** A change of resource, of operation, or of both. */
export interface OperationChange {
  resource?: unknown;
  operation?: unknown;
}

/**
 * The config after the user picks another resource or operation. A default belongs to the operation that has
 * it: a value still equal to the leaving operation's default is that operation's, not the user's, so it is
 * dropped before the new operation's own defaults are filled in (Create's `role: 'user'` never reaches an
 * Update, which has no role default). Everything else, hidden fields' values included, is kept as typed.
 * A resource that lacks the current operation starts with no operation chosen.
 * @param config the config before the change
 * @param change the resource and/or operation picked
 * @returns a new config; keys it lacks are to be removed
 * @example switchOperation({ resource: 'contact', operation: 'create', role: 'user' }, { operation: 'update' })
 * // { resource: 'contact', operation: 'update' }
 */
export function switchOperation(config: IntercomConfig, change: OperationChange): IntercomConfig {
  const next: Record<string, unknown> = { ...config };
  if ('resource' in change) {
    next.resource = change.resource;
    const offered = operationOptions(change.resource).map((option) => option.value);
    if (!('operation' in change) && !offered.includes(config.operation)) {
      next.operation = createDefaultConfig(String(change.resource)).operation;
    }
  }
  if ('operation' in change) next.operation = change.operation;
  if (next.resource === config.resource && next.operation === config.operation) return next as IntercomConfig;
  // The resource and operation always show; only the leaving operation's own fields give their defaults back.
  for (const field of visibleFields(config).slice(2)) {
    if (field.default !== undefined && next[field.name] === field.default) delete next[field.name];
  }
  return applyDefaults(next as IntercomConfig);
}

import { findOperation } from '../definition/visibility.js';
import type { IntercomConfig, OutputShape } from '../types.js';

/**
 * The Intercom block's own outputs under its chosen operation, for the steps after it to reference
 * (`<Intercom.contact.email>`): `success`, `error`, and the operation's outputs.
 * @example Object.keys(blockOutputShape({ resource: 'contact', operation: 'list' }).properties)
 * // ['success', 'error', 'contacts', 'pages']
 */
export function blockOutputShape(config: Pick<IntercomConfig, 'resource' | 'operation'>): OutputShape & { type: 'object' } {
  const properties: Record<string, OutputShape> = {
    success: { type: 'boolean', description: 'Operation succeeded' },
    error: { type: 'string', description: 'Error message if failed' },
  };
  Object.assign(properties, findOperation(config.resource, config.operation)?.outputs);
  return { type: 'object', properties };
}

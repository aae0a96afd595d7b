import type { SavedIntercomBlock } from '../types.js';

/**
 * The saved form of a block as JSON text, `{ "type": "intercom", "config": { ... } }`, indented for diffs.
 * Every config value is written as it is, including values of fields the operation does not use.
 * @example serializeSavedBlock({ type: 'intercom', config: { resource: 'admin', operation: 'list' } })
 */
export function serializeSavedBlock(block: SavedIntercomBlock): string {
  return JSON.stringify({ ...block, type: 'intercom', config: block.config }, null, 2);
}

import { fetchAllPaging } from '../definition/paging-fields.js';
import { findOperation } from '../definition/visibility.js';
import type { BlockOutputs, IntercomConfig } from '../types.js';
import { nextPageCursor } from '../requests/fetch-all-pages.js';

/**
 * What a successful Fetch every page run gathered, in words for the run panel: how many items (named by the
 * operation's items output) and whether Max results stopped it with more to come. Undefined for any other run.
 * @example describeFetched({ resource: 'contact', operation: 'list', fetchAll: 'yes' }, { success: true, contacts: [a, b], pages: {} })
 * // 'Fetched 2 contacts: every page.'
 */
export function describeFetched(config: IntercomConfig, outputs: BlockOutputs): string | undefined {
  const paging = fetchAllPaging(config, findOperation(config.resource, config.operation));
  if (paging === undefined || !outputs.success) return undefined;
  const items: unknown = (outputs as unknown as Readonly<Record<string, unknown>>)[paging.items];
  if (!Array.isArray(items)) return undefined;
  const count = `Fetched ${items.length.toLocaleString('en-US')} ${items.length === 1 ? paging.items.replace(/s$/, '') : paging.items}`;
  return nextPageCursor(outputs) === undefined ? `${count}: every page.` : `${count}: Max results reached, more remain in Intercom.`;
}

import type { IntercomConfig } from '../types.js';
import type { OperationDefinition, OperationFieldUse, OperationPaging } from './operation-types.js';

const fetchAllUse: OperationFieldUse = { field: 'fetchAll' };
const maxResultsUse: OperationFieldUse = { field: 'maxResults' };

/**
 * The fields an operation uses, in display order: its own, then for a paged operation (`paging`) Fetch every
 * page, and Max results while that is yes (or always, without values: the docs list every field).
 * @example fieldUsesOf(contactList, { fetchAll: 'yes' }).map((use) => use.field) // ['perPage', 'startingAfter', 'fetchAll', 'maxResults']
 */
export function fieldUsesOf(operation: Pick<OperationDefinition, 'fields' | 'paging'>, values?: Readonly<Record<string, unknown>>): readonly OperationFieldUse[] {
  if (operation.paging === undefined) return operation.fields;
  if (values !== undefined && values.fetchAll !== 'yes') return [...operation.fields, fetchAllUse];
  return [...operation.fields, fetchAllUse, maxResultsUse];
}

/**
 * How a config's run pages: the operation's paging when it has one and the config says Fetch every page, else undefined.
 * @example fetchAllPaging({ resource: 'contact', operation: 'list', fetchAll: 'yes' }, contactList) // { cursor: 'query', items: 'contacts' }
 */
export function fetchAllPaging(config: Pick<IntercomConfig, 'fetchAll'>, operation: Pick<OperationDefinition, 'paging'> | undefined): OperationPaging | undefined {
  return operation?.paging !== undefined && config.fetchAll === 'yes' ? operation.paging : undefined;
}

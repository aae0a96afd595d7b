import { IntercomApiError, invalidParameter } from '../http/errors.js';
import type { ContactRecord, DataAttribute } from '../store/types.js';
import type { SortKey } from '../pagination/cursor-pagination.js';
import { resolveSearchField, type SearchField } from './contact-fields.js';

export interface ContactSort {
  field: SearchField;
  descending: boolean;
}

const SORT_ORDERS = ['ascending', 'descending'];

/**
 * Reads the body's `sort` (`{field, order}`): order defaults to descending and field to `created_at`.
 * @throws IntercomApiError 400 `invalid_sort_order` for an order other than ascending/descending
 */
export function parseContactSort(sort: unknown, dataAttributes: ReadonlyMap<string, DataAttribute>): ContactSort {
  const fallback = resolveSearchField('created_at', dataAttributes) as SearchField;
  if (sort === undefined || sort === null) return { field: fallback, descending: true };
  if (typeof sort !== 'object' || Array.isArray(sort)) throw invalidParameter('sort must be an object like {"field": "created_at", "order": "descending"}');
  const { field, order } = sort as Record<string, unknown>;
  if (order !== undefined && !SORT_ORDERS.includes(order as string)) {
    throw new IntercomApiError(400, 'invalid_sort_order', `Invalid sort order '${typeof order === 'string' ? order : JSON.stringify(order)}'. Must be one of: ${SORT_ORDERS.join(', ')}`);
  }
  let resolved = fallback;
  if (field !== undefined) {
    const found = typeof field === 'string' ? resolveSearchField(field, dataAttributes) : undefined;
    if (!found || found.type === 'tag' || found.type === 'segment') throw invalidParameter(`Cannot sort by '${typeof field === 'string' ? field : JSON.stringify(field)}': not a sortable contact field`);
    resolved = found;
  }
  return { field: resolved, descending: order !== 'ascending' };
}

/** The key a contact sorts by: the sort field's value, then its id so that the order is total. */
export function contactSortKey(sort: ContactSort): (contact: ContactRecord) => SortKey {
  return (contact) => {
    const value = sort.field.read(contact);
    const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
    return [scalar === '' ? null : scalar, contact.id];
  };
}

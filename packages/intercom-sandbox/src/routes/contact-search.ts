import { invalidParameter } from '../http/errors.js';
import type { SandboxApp } from '../http/env.js';
import { isJsonObject, jsonResponse, readJsonObject } from '../http/json.js';
import { compareKeys, paginate, parsePerPage, type SortKey } from '../pagination/cursor-pagination.js';
import { contactVocabulary } from '../search/contact-fields.js';
import { matchesQuery } from '../search/match.js';
import { parseSearchQuery } from '../search/query.js';
import { contactSortKey, parseContactSort } from '../search/sort.js';
import type { SandboxStore } from '../store/store.js';
import { contactView } from '../views/contact-view.js';

/** `POST /contacts/search`: Intercom's query language over the listed (neither merged nor archived) contacts, sorted and paginated. */
export function registerContactSearchRoute(app: SandboxApp, store: SandboxStore): void {
  app.post('/contacts/search', async (c) => {
    const body = await readJsonObject(c);
    const query = parseSearchQuery(body.query, contactVocabulary(store.dataAttributes));
    const sort = parseContactSort(body.sort, store.dataAttributes);
    const pagination = body.pagination ?? {};
    if (!isJsonObject(pagination)) throw invalidParameter('pagination must be an object like {"per_page": 50, "starting_after": "..."}');
    const perPage = parsePerPage(pagination.per_page, 50, 'pagination.per_page');
    const startingAfter = pagination.starting_after;
    if (startingAfter !== undefined && startingAfter !== null && typeof startingAfter !== 'string') {
      throw invalidParameter('pagination.starting_after must be the cursor string from pages.next.starting_after');
    }
    const keyOf = contactSortKey(sort);
    const compare = (a: SortKey, b: SortKey) => compareKeys(a, b, [sort.descending, false]);
    const matches = store.listedContacts().filter((contact) => matchesQuery(query, contact));
    matches.sort((a, b) => compare(keyOf(a), keyOf(b)));
    const page = paginate(matches, { perPage, startingAfter, keyOf, compare });
    return jsonResponse(c, { type: 'list', data: page.items.map((contact) => contactView(contact, store)), total_count: page.totalCount, pages: page.pages });
  });
}

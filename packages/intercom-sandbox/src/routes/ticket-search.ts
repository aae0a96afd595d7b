import { invalidParameter } from '../http/errors.js';
import type { SandboxApp } from '../http/env.js';
import { isJsonObject, jsonResponse, readJsonObject } from '../http/json.js';
import { compareKeys, paginate, parsePerPage, type SortKey } from '../pagination/cursor-pagination.js';
import { matchesQuery } from '../search/match.js';
import { parseSearchQuery } from '../search/query.js';
import { ticketVocabulary, type SearchableTicket } from '../search/ticket-fields.js';
import type { SandboxStore } from '../store/store.js';
import type { TicketTypeRecord } from '../store/types.js';
import { ticketView } from '../views/ticket-view.js';

const keyOf = ({ record }: SearchableTicket): SortKey => [record.updated_at, record.id];
const newestFirst = (a: SortKey, b: SortKey) => compareKeys(a, b, [true, true]);

/** `POST /tickets/search`: the query language of the other searches, over ticket fields; most recently updated first. */
export function registerTicketSearchRoute(app: SandboxApp, store: SandboxStore): void {
  app.post('/tickets/search', async (c) => {
    const body = await readJsonObject(c);
    const query = parseSearchQuery(body.query, ticketVocabulary(store));
    const pagination = body.pagination ?? {};
    if (!isJsonObject(pagination)) throw invalidParameter('pagination must be an object like {"per_page": 20, "starting_after": "..."}');
    const perPage = parsePerPage(pagination.per_page, 20, 'pagination.per_page');
    const startingAfter = pagination.starting_after;
    if (startingAfter !== undefined && startingAfter !== null && typeof startingAfter !== 'string') {
      throw invalidParameter('pagination.starting_after must be the cursor string from pages.next.starting_after');
    }
    const searchable = [...store.tickets.values()].map((record) => ({ record, type: store.ticketTypes.get(record.ticket_type_id) as TicketTypeRecord }));
    const matches = searchable.filter((ticket) => matchesQuery(query, ticket)).sort((a, b) => newestFirst(keyOf(a), keyOf(b)));
    const page = paginate(matches, { perPage, startingAfter, keyOf, compare: newestFirst });
    return jsonResponse(c, { type: 'ticket.list', tickets: page.items.map((m) => ticketView(m.record, store)), total_count: page.totalCount, pages: page.pages });
  });
}

import { invalidParameter } from '../http/errors.js';
import type { SandboxApp } from '../http/env.js';
import { isJsonObject, jsonResponse, readJsonObject } from '../http/json.js';
import { compareKeys, paginate, parsePerPage, type SortKey } from '../pagination/cursor-pagination.js';
import { conversationVocabulary, type SearchableConversation } from '../search/conversation-fields.js';
import { matchesQuery } from '../search/match.js';
import { parseSearchQuery } from '../search/query.js';
import type { SandboxStore } from '../store/store.js';
import { conversationView } from '../views/conversation-view.js';

const keyOf = ({ record }: SearchableConversation): SortKey => [record.updated_at, record.id];
const newestFirst = (a: SortKey, b: SortKey) => compareKeys(a, b, [true, true]);

/** `POST /conversations/search`: the same query language as contact search, over conversation fields; most recently updated first. */
export function registerConversationSearchRoute(app: SandboxApp, store: SandboxStore): void {
  app.post('/conversations/search', async (c) => {
    const body = await readJsonObject(c);
    const query = parseSearchQuery(body.query, conversationVocabulary);
    const pagination = body.pagination ?? {};
    if (!isJsonObject(pagination)) throw invalidParameter('pagination must be an object like {"per_page": 20, "starting_after": "..."}');
    const perPage = parsePerPage(pagination.per_page, 20, 'pagination.per_page');
    const startingAfter = pagination.starting_after;
    if (startingAfter !== undefined && startingAfter !== null && typeof startingAfter !== 'string') {
      throw invalidParameter('pagination.starting_after must be the cursor string from pages.next.starting_after');
    }
    const searchable = [...store.conversations.values()].map((record) => ({ record, view: conversationView(record, store, { withParts: false }) }));
    const matches = searchable.filter((conversation) => matchesQuery(query, conversation)).sort((a, b) => newestFirst(keyOf(a), keyOf(b)));
    const page = paginate(matches, { perPage, startingAfter, keyOf, compare: newestFirst });
    return jsonResponse(c, { type: 'conversation.list', conversations: page.items.map((m) => m.view), total_count: page.totalCount, pages: page.pages });
  });
}

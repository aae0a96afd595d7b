import { resourceNotFound } from '../http/errors.js';
import type { SandboxApp } from '../http/env.js';
import { jsonResponse, readJsonObject } from '../http/json.js';
import { compareKeys, paginate, parsePerPage, type SortKey } from '../pagination/cursor-pagination.js';
import type { SandboxStore } from '../store/store.js';
import type { ConversationRecord } from '../store/types.js';
import { conversationView } from '../views/conversation-view.js';
import { lookupConversation } from './conversation-lookup.js';
import { parseReply } from './reply-input.js';

const keyOf = (conversation: ConversationRecord): SortKey => [conversation.updated_at, conversation.id];
const newestFirst = (a: SortKey, b: SortKey) => compareKeys(a, b, [true, true]);

/** Conversations: list (no parts), get (with parts) and reply. */
export function registerConversationRoutes(app: SandboxApp, store: SandboxStore): void {
  const lookup = (id: string): ConversationRecord => lookupConversation(store, id);

  app.get('/conversations', (c) => {
    const perPage = parsePerPage(c.req.query('per_page'), 20);
    const sorted = [...store.conversations.values()].sort((a, b) => newestFirst(keyOf(a), keyOf(b)));
    const page = paginate(sorted, { perPage, startingAfter: c.req.query('starting_after'), keyOf, compare: newestFirst });
    return jsonResponse(c, {
      type: 'conversation.list',
      conversations: page.items.map((conversation) => conversationView(conversation, store, { withParts: false })),
      total_count: page.totalCount,
      pages: page.pages,
    });
  });

  app.get('/conversations/:id', (c) => {
    const plaintext = c.req.query('display_as') === 'plaintext';
    return jsonResponse(c, conversationView(lookup(c.req.param('id')), store, { withParts: true, plaintext }));
  });

  app.post('/conversations/:id/reply', async (c) => {
    const reply = parseReply(await readJsonObject(c), store);
    const id = c.req.param('id');
    // "last" replies to the contact's most recently updated conversation.
    const conversation =
      id === 'last' && reply.contact
        ? [...store.conversations.values()].filter((conv) => conv.contact_ids.includes(reply.contact?.id ?? '')).sort((a, b) => newestFirst(keyOf(a), keyOf(b)))[0]
        : store.conversations.get(id);
    if (!conversation) throw resourceNotFound();
    const now = store.now();
    const fromContact = reply.author.type !== 'admin';
    if (fromContact && conversation.state !== 'open') conversation.state = 'open';
    if (reply.partType === 'comment') conversation.waiting_since = fromContact ? (conversation.waiting_since ?? now) : null;
    if (reply.partType !== 'note') conversation.read = !fromContact;
    conversation.parts.push({
      id: store.newPartId(),
      part_type: reply.partType,
      body: reply.body,
      created_at: reply.createdAt ?? now,
      author: reply.author,
      assigned_to: null,
      state: conversation.state,
    });
    conversation.updated_at = now;
    if (reply.contact) {
      const contact = reply.contact;
      contact.last_replied_at = now;
      if (!conversation.contact_ids.includes(contact.id)) conversation.contact_ids.push(contact.id);
    }
    return jsonResponse(c, conversationView(conversation, store, { withParts: true }));
  });
}

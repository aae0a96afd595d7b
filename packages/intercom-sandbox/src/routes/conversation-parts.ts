import type { SandboxApp } from '../http/env.js';
import { jsonResponse, readJsonObject } from '../http/json.js';
import { adminAuthor } from '../store/authors.js';
import type { SandboxStore } from '../store/store.js';
import type { ConversationPartRecord, ConversationRecord } from '../store/types.js';
import { conversationView } from '../views/conversation-view.js';
import { lookupConversation } from './conversation-lookup.js';
import { parseManage, type ManageAction } from './manage-input.js';

/** Changes the conversation as Intercom does and returns the part that records the change. */
function apply(conversation: ConversationRecord, action: ManageAction): Omit<ConversationPartRecord, 'id' | 'created_at' | 'author'> {
  switch (action.kind) {
    case 'close':
      conversation.state = 'closed';
      conversation.snoozed_until = null;
      conversation.waiting_since = null;
      return { part_type: 'close', body: action.body, assigned_to: null, state: 'closed' };
    case 'open':
      conversation.state = 'open';
      conversation.snoozed_until = null;
      return { part_type: 'open', body: null, assigned_to: null, state: 'open' };
    case 'snoozed':
      conversation.state = 'snoozed';
      conversation.snoozed_until = action.snoozedUntil;
      return { part_type: 'snoozed', body: null, assigned_to: null, state: 'snoozed' };
    case 'assignment': {
      const { type, id } = action.assignee;
      if (type === 'admin') conversation.admin_assignee_id = Number(id);
      else conversation.team_assignee_id = Number(id);
      return { part_type: 'assignment', body: action.body, assigned_to: id === '0' ? null : { type, id }, state: conversation.state };
    }
  }
}

/** `POST /conversations/{id}/parts` (manageConversation): close, open, snooze and assign. */
export function registerConversationPartRoutes(app: SandboxApp, store: SandboxStore): void {
  app.post('/conversations/:id/parts', async (c) => {
    const conversation = lookupConversation(store, c.req.param('id'));
    const action = parseManage(await readJsonObject(c), store);
    const now = store.now();
    const part = apply(conversation, action);
    conversation.parts.push({ ...part, id: store.newPartId(), created_at: now, author: adminAuthor(action.admin) });
    conversation.updated_at = now;
    return jsonResponse(c, conversationView(conversation, store, { withParts: true }));
  });
}

import { IntercomApiError, invalidParameter, missingParameter } from '../http/errors.js';
import type { SandboxApp } from '../http/env.js';
import { idText, jsonResponse, readJsonObject } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import type { TagRecord } from '../store/types.js';
import { appliedTagView } from '../views/tag-view.js';
import { actingAdmin } from './admin-input.js';
import { lookupConversation } from './conversation-lookup.js';

const CONVERSATION_NOT_FOUND = 'Conversation not found';

function lookupTag(store: SandboxStore, id: string): TagRecord {
  const tag = store.tags.get(id);
  if (!tag) throw new IntercomApiError(404, 'tag_not_found', 'Tag not found');
  return tag;
}

/** Tagging a conversation: `POST /conversations/{id}/tags` `{id, admin_id}` and `DELETE /conversations/{id}/tags/{tag_id}` `{admin_id}`. */
export function registerConversationTagRoutes(app: SandboxApp, store: SandboxStore): void {
  app.post('/conversations/:id/tags', async (c) => {
    const conversation = lookupConversation(store, c.req.param('id'), CONVERSATION_NOT_FOUND);
    const body = await readJsonObject(c);
    if (body.id === undefined || body.id === null || body.id === '') throw missingParameter('id (the tag id) is required');
    const tagId = idText(body.id);
    if (tagId === undefined) throw invalidParameter('id must be a string (the tag id)');
    const admin = actingAdmin(body, store, 'tagging a conversation');
    const tag = lookupTag(store, tagId);
    let applied = conversation.tags.find((t) => t.id === tag.id);
    if (!applied) {
      applied = { id: tag.id, applied_at: store.now(), applied_by: admin.id };
      conversation.tags.push(applied);
      conversation.updated_at = applied.applied_at;
    }
    return jsonResponse(c, appliedTagView(tag, applied));
  });

  // Intercom requires a JSON body ({admin_id}) on this DELETE.
  app.delete('/conversations/:id/tags/:tagId', async (c) => {
    const conversation = lookupConversation(store, c.req.param('id'), CONVERSATION_NOT_FOUND);
    const body = await readJsonObject(c);
    actingAdmin(body, store, 'untagging a conversation');
    const tag = lookupTag(store, c.req.param('tagId'));
    const applied = conversation.tags.find((t) => t.id === tag.id);
    if (applied) {
      conversation.tags = conversation.tags.filter((t) => t !== applied);
      conversation.updated_at = store.now();
    }
    return jsonResponse(c, appliedTagView(tag, applied));
  });
}

import { resourceNotFound } from '../http/errors.js';
import type { SandboxStore } from '../store/store.js';
import type { ConversationRecord } from '../store/types.js';

/**
 * The conversation behind `/conversations/{id}`.
 * @param message Intercom's wording differs by route ("Resource Not Found", "Conversation not found")
 * @throws IntercomApiError 404 `not_found` for an unknown id
 */
export function lookupConversation(store: SandboxStore, id: string, message?: string): ConversationRecord {
  const conversation = store.conversations.get(id);
  if (!conversation) throw resourceNotFound(message);
  return conversation;
}

import { IntercomApiError, invalidParameter, missingParameter } from '../http/errors.js';
import type { SandboxApp } from '../http/env.js';
import { isJsonObject, jsonResponse, readJsonObject, type JsonObject } from '../http/json.js';
import { contactAuthor } from '../store/authors.js';
import type { SandboxStore } from '../store/store.js';
import type { ContactRecord, ConversationRecord } from '../store/types.js';
import { bodyToHtml } from './reply-input.js';

const FROM_TYPES = ['lead', 'user', 'contact'];

function sender(from: unknown, store: SandboxStore): ContactRecord {
  if (from === undefined || from === null) throw missingParameter('from is required: {"type": "contact", "id": "<contact id>"}');
  if (!isJsonObject(from)) throw invalidParameter('from must be an object like {"type": "contact", "id": "<contact id>"}');
  if (typeof from.type !== 'string' || !FROM_TYPES.includes(from.type)) throw invalidParameter(`from.type must be one of: ${FROM_TYPES.join(', ')}`);
  if (typeof from.id !== 'string' || from.id === '') throw missingParameter('from.id is required');
  const contact = store.contacts.get(from.id);
  if (!contact || contact.merged_into_id !== undefined) throw new IntercomApiError(404, 'not_found', 'User Not Found');
  return contact;
}

function checkOptional(body: JsonObject): { subject: string; createdAt?: number } {
  const { subject, created_at: createdAt, attachment_urls: attachments } = body;
  if (subject !== undefined && typeof subject !== 'string') throw invalidParameter('subject must be a string');
  if (createdAt !== undefined && (!Number.isInteger(createdAt) || (createdAt as number) < 0)) throw invalidParameter('created_at must be a UNIX timestamp in seconds');
  if (attachments !== undefined && (!Array.isArray(attachments) || attachments.length > 10)) throw invalidParameter('attachment_urls must be an array of at most 10 URLs');
  return { subject: subject ?? '', ...(createdAt === undefined ? {} : { createdAt: createdAt as number }) };
}

/**
 * `POST /conversations` (createConversation): a contact starts an in-app conversation. It answers the created
 * message (`user_message` with `conversation_id`); the conversation can then be fetched, searched and replied to.
 */
export function registerConversationCreateRoute(app: SandboxApp, store: SandboxStore): void {
  app.post('/conversations', async (c) => {
    const body = await readJsonObject(c);
    const contact = sender(body.from, store);
    const text = body.body;
    if (text === undefined || text === null) throw missingParameter('body is required');
    if (typeof text !== 'string' || text.trim() === '') throw invalidParameter('body must be a non-empty string');
    const { subject, createdAt } = checkOptional(body);
    const now = store.now();
    const started = createdAt ?? now;
    const ids = store.newConversationIds();
    const conversation: ConversationRecord = {
      id: ids.id,
      title: null,
      created_at: started,
      updated_at: now,
      waiting_since: started,
      snoozed_until: null,
      state: 'open',
      read: false,
      priority: 'none',
      admin_assignee_id: 0,
      team_assignee_id: 0,
      tags: [],
      contact_ids: [contact.id],
      source: { id: ids.messageId, delivered_as: 'customer_initiated', subject, body: bodyToHtml(text), author: contactAuthor(contact), channel: 'chat' },
      custom_attributes: {},
      parts: [],
    };
    store.conversations.set(conversation.id, conversation);
    contact.last_replied_at = now;
    return jsonResponse(c, { type: 'user_message', id: ids.messageId, created_at: started, body: text, message_type: 'inapp', conversation_id: conversation.id });
  });
}

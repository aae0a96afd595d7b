import { IntercomApiError, invalidParameter, missingParameter } from '../http/errors.js';
import type { JsonObject } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import type { AuthorRecord, ContactRecord } from '../store/types.js';
import { adminAuthor, contactAuthor } from '../store/authors.js';
import { actingAdmin } from './admin-input.js';

/** A checked reply: who writes it, what kind of part it becomes, and its HTML body. */
export interface ParsedReply {
  author: AuthorRecord;
  /** The contact replying (contact replies only). */
  contact?: ContactRecord;
  partType: 'comment' | 'note' | 'quick_reply';
  body: string | null;
  createdAt?: number;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Intercom stores reply bodies as HTML: plain text becomes one paragraph per line. */
export function bodyToHtml(body: string): string {
  if (/<[a-z][\s\S]*>/i.test(body)) return body;
  return body
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

function checkAttachments(body: JsonObject): void {
  for (const key of ['attachment_urls', 'attachment_files']) {
    const value = body[key];
    if (value === undefined) continue;
    if (!Array.isArray(value)) throw invalidParameter(`${key} must be an array`);
    if (value.length > 10) throw invalidParameter(`${key} can hold at most 10 items`);
  }
}

function contactReplier(body: JsonObject, store: SandboxStore): ContactRecord {
  const keys = (['intercom_user_id', 'email', 'user_id'] as const).filter((k) => body[k] !== undefined);
  if (keys.length !== 1) throw invalidParameter('A contact reply needs exactly one of intercom_user_id, email or user_id');
  const key = keys[0] as 'intercom_user_id' | 'email' | 'user_id';
  const value = body[key];
  if (typeof value !== 'string' || value === '') throw invalidParameter(`${key} must be a non-empty string`);
  const contact =
    key === 'intercom_user_id'
      ? store.contacts.get(value)
      : store.findLiveContact((c) => (key === 'email' ? c.email?.toLowerCase() === value.toLowerCase() : c.external_id === value));
  if (!contact || contact.merged_into_id !== undefined) throw new IntercomApiError(404, 'not_found', 'User Not Found');
  return contact;
}

/**
 * Checks a `POST /conversations/{id}/reply` body: an admin reply (`type: admin`, `admin_id`,
 * `message_type` comment|note|quick_reply) or a contact reply (`type: user`, comment only).
 * @throws IntercomApiError 400 for a malformed body, 404 `admin_not_found` / `not_found` for an unknown author
 */
export function parseReply(body: JsonObject, store: SandboxStore): ParsedReply {
  const { type, message_type: messageType } = body;
  if (type === undefined) throw missingParameter('type is required: admin or user');
  if (type !== 'admin' && type !== 'user') throw invalidParameter(`type must be one of: admin, user (got ${JSON.stringify(type)})`);
  if (messageType === undefined) throw missingParameter('message_type is required');
  const allowed = type === 'admin' ? ['comment', 'note', 'quick_reply'] : ['comment'];
  if (typeof messageType !== 'string' || !allowed.includes(messageType)) {
    throw invalidParameter(`message_type must be one of: ${allowed.join(', ')} for a ${type} reply`);
  }
  checkAttachments(body);
  const rawBody = body.body;
  if (rawBody !== undefined && typeof rawBody !== 'string') throw invalidParameter('body must be a string');
  const text = typeof rawBody === 'string' && rawBody.trim() !== '' ? rawBody : undefined;
  if (messageType !== 'quick_reply' && text === undefined) throw missingParameter(`body is required for a ${messageType} reply`);
  if (messageType === 'quick_reply') {
    const options = body.reply_options;
    if (!Array.isArray(options) || options.length === 0) throw missingParameter('reply_options are required for a quick_reply');
  }
  const createdAt = body.created_at;
  if (createdAt !== undefined && (!Number.isInteger(createdAt) || (createdAt as number) < 0)) throw invalidParameter('created_at must be a UNIX timestamp in seconds');
  const parsed: ParsedReply = {
    author: { type: 'admin', id: '', name: null, email: '' },
    partType: messageType as ParsedReply['partType'],
    body: text === undefined ? null : bodyToHtml(text),
    ...(createdAt === undefined ? {} : { createdAt: createdAt as number }),
  };
  if (type === 'admin') {
    const admin = actingAdmin(body, store, 'an admin reply');
    parsed.author = adminAuthor(admin);
  } else {
    const contact = contactReplier(body, store);
    parsed.contact = contact;
    parsed.author = contactAuthor(contact);
  }
  return parsed;
}

import { IntercomApiError, invalidParameter, missingParameter } from '../http/errors.js';
import { idText, type JsonObject } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import type { AdminRecord } from '../store/types.js';
import { actingAdmin } from './admin-input.js';
import { bodyToHtml } from './reply-input.js';

/** A checked `POST /conversations/{id}/parts` body: what to do, as whom. */
export type ManageAction =
  | { kind: 'close'; admin: AdminRecord; body: string | null }
  | { kind: 'open'; admin: AdminRecord }
  | { kind: 'snoozed'; admin: AdminRecord; snoozedUntil: number }
  /** `assignee.id` is `"0"` to unassign. */
  | { kind: 'assignment'; admin: AdminRecord; assignee: { type: 'admin' | 'team'; id: string }; body: string | null };

const MESSAGE_TYPES = ['close', 'snoozed', 'open', 'assignment'] as const;

function optionalHtml(body: JsonObject): string | null {
  const raw = body.body;
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') throw invalidParameter('body must be a string');
  return raw.trim() === '' ? null : bodyToHtml(raw);
}

function requireType(body: JsonObject, allowed: readonly string[], messageType: string): 'admin' | 'team' {
  const type = body.type;
  if (type === undefined) throw missingParameter(`type is required for ${messageType}: ${allowed.join(' or ')}`);
  if (typeof type !== 'string' || !allowed.includes(type)) throw invalidParameter(`type must be one of: ${allowed.join(', ')} (got ${JSON.stringify(type)})`);
  return type as 'admin' | 'team';
}

function assigneeOf(body: JsonObject, type: 'admin' | 'team', store: SandboxStore): { type: 'admin' | 'team'; id: string } {
  const raw = body.assignee_id;
  if (raw === undefined || raw === null || raw === '') throw missingParameter('assignee_id is required for an assignment (0 unassigns)');
  const id = idText(raw);
  if (id === undefined) throw invalidParameter('assignee_id must be a string');
  if (id === '0') return { type, id };
  if (type === 'admin' && !store.admin(id)) throw new IntercomApiError(404, 'admin_not_found', `Admin not found: no admin with id=${id}`);
  if (type === 'team' && !store.team(id)) throw new IntercomApiError(404, 'team_not_found', `Team not found: no team with id=${id}`);
  return { type, id };
}

/**
 * Checks a manage-conversation body: close (`type: admin`, optional `body`), open, snoozed (`snoozed_until` in
 * the future) or assignment (`type` admin|team, `assignee_id`, `0` unassigns, optional `body`), each with `admin_id`.
 * @throws IntercomApiError 400 for a malformed body or a snooze that is not in the future, 404 for an unknown admin or team
 */
export function parseManage(body: JsonObject, store: SandboxStore): ManageAction {
  const messageType = body.message_type;
  if (messageType === undefined) throw missingParameter(`message_type is required: one of ${MESSAGE_TYPES.join(', ')}`);
  if (typeof messageType !== 'string' || !(MESSAGE_TYPES as readonly string[]).includes(messageType)) {
    throw invalidParameter(`message_type must be one of: ${MESSAGE_TYPES.join(', ')} (got ${JSON.stringify(messageType)})`);
  }
  switch (messageType as (typeof MESSAGE_TYPES)[number]) {
    case 'close': {
      requireType(body, ['admin'], 'close');
      return { kind: 'close', admin: actingAdmin(body, store, 'closing a conversation'), body: optionalHtml(body) };
    }
    case 'open':
      return { kind: 'open', admin: actingAdmin(body, store, 'opening a conversation') };
    case 'snoozed': {
      const admin = actingAdmin(body, store, 'snoozing a conversation');
      const until = body.snoozed_until;
      if (until === undefined || until === null) throw missingParameter('snoozed_until is required to snooze a conversation');
      if (typeof until !== 'number' || !Number.isInteger(until)) throw invalidParameter('snoozed_until must be a UNIX timestamp in seconds');
      if (until <= store.now()) throw invalidParameter('snoozed_until must be in the future');
      return { kind: 'snoozed', admin, snoozedUntil: until };
    }
    case 'assignment': {
      const type = requireType(body, ['admin', 'team'], 'assignment');
      const admin = actingAdmin(body, store, 'assigning a conversation');
      return { kind: 'assignment', admin, assignee: assigneeOf(body, type, store), body: optionalHtml(body) };
    }
  }
}

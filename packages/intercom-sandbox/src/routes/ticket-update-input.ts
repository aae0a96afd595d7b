import { IntercomApiError, invalidParameter } from '../http/errors.js';
import { idText, isJsonObject, type JsonObject } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import type { AdminRecord, TicketStateRecord, TicketTypeRecord } from '../store/types.js';
import { checkAttributeValue } from './ticket-input.js';

/** A checked `PUT /tickets/{id}` body: what changes (undefined: unchanged). */
export interface TicketUpdate {
  admin?: AdminRecord;
  attributes?: Record<string, unknown>;
  state?: TicketStateRecord;
  open?: boolean;
  snoozedUntil?: number;
  /** Who the ticket goes to: an admin, a team, or nobody (`0`). */
  assignee?: { type: 'admin' | 'team'; id: number } | { type: 'nobody' };
}

function parseAttributes(raw: unknown, type: TicketTypeRecord): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  if (!isJsonObject(raw)) throw invalidParameter('ticket_attributes must be an object');
  for (const [name, value] of Object.entries(raw)) {
    const attribute = type.attributes.find((a) => a.name === name);
    if (!attribute) throw invalidParameter(`Ticket type '${type.name}' has no attribute '${name}'. Its attributes are: ${type.attributes.map((a) => a.name).join(', ')}`);
    checkAttributeValue(attribute, value);
  }
  return { ...raw };
}

function parseAssignee(raw: unknown, store: SandboxStore): TicketUpdate['assignee'] {
  if (raw === undefined) return undefined;
  const id = idText(raw);
  if (id === undefined) throw invalidParameter('assignee_id must be a string');
  if (id === '0') return { type: 'nobody' };
  if (store.admin(id)) return { type: 'admin', id: Number(id) };
  if (store.team(id)) return { type: 'team', id: Number(id) };
  throw new IntercomApiError(404, 'assignee_not_found', 'Assignee not found');
}

/**
 * Checks a `PUT /tickets/{id}` body as Intercom does: attributes of the ticket's type, a state of that type
 * (400 `ticket_state_id_invalid` otherwise), a known admin (404 `admin_not_found`) and assignee (404
 * `assignee_not_found`), `open` a boolean, `snoozed_until` in the future.
 */
export function parseTicketUpdate(body: JsonObject, type: TicketTypeRecord, store: SandboxStore): TicketUpdate {
  const update: TicketUpdate = {};
  if (body.admin_id !== undefined) {
    const id = idText(body.admin_id);
    const admin = id === undefined ? undefined : store.admin(id);
    if (!admin) throw new IntercomApiError(404, 'admin_not_found', 'Admin not found');
    update.admin = admin;
  }
  const attributes = parseAttributes(body.ticket_attributes, type);
  if (attributes) update.attributes = attributes;
  if (body.ticket_state_id !== undefined) {
    const id = idText(body.ticket_state_id);
    const state = type.states.find((s) => s.id === id);
    if (!state) throw new IntercomApiError(400, 'ticket_state_id_invalid', 'Ticket state id is not valid or is not associated with the ticket type.');
    update.state = state;
  }
  if (body.open !== undefined) {
    if (typeof body.open !== 'boolean') throw invalidParameter('open must be true or false');
    update.open = body.open;
  }
  if (body.snoozed_until !== undefined) {
    const until = body.snoozed_until;
    if (!Number.isInteger(until)) throw invalidParameter('snoozed_until must be a UNIX timestamp in seconds');
    if ((until as number) <= store.now()) throw invalidParameter('snoozed_until must be in the future');
    update.snoozedUntil = until as number;
  }
  const assignee = parseAssignee(body.assignee_id, store);
  if (assignee) update.assignee = assignee;
  return update;
}

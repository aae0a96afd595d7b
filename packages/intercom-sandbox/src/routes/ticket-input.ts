import { invalidParameter, missingParameter, IntercomApiError } from '../http/errors.js';
import { idText, isJsonObject, type JsonObject } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import type { TicketTypeAttributeRecord, TicketTypeRecord } from '../store/types.js';

/** The one contact a ticket is created for: by id, by external id, or by email (created when unknown). */
export type TicketContactRef = { id: string } | { external_id: string } | { email: string };

export interface TicketInput {
  type: TicketTypeRecord;
  contact: TicketContactRef;
  attributes: Record<string, unknown>;
  conversationId: string | null;
  adminAssigneeId: number;
  teamAssigneeId: number;
  createdAt?: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function parseContact(contacts: unknown): TicketContactRef {
  if (contacts === undefined) throw missingParameter('contacts is required: one contact as {"id"}, {"external_id"} or {"email"}');
  if (!Array.isArray(contacts) || contacts.length === 0) throw invalidParameter('contacts must be an array with one contact');
  if (contacts.length > 1) throw invalidParameter('Currently only one contact is allowed in contacts');
  const item: unknown = contacts[0];
  const keys = isJsonObject(item) ? (['id', 'external_id', 'email'] as const).filter((k) => item[k] !== undefined) : [];
  if (!isJsonObject(item) || keys.length !== 1) throw invalidParameter('A ticket contact must have exactly one of id, external_id or email');
  const key = keys[0] as 'id' | 'external_id' | 'email';
  const value = item[key];
  if (typeof value !== 'string' || value === '') throw invalidParameter(`contacts[0].${key} must be a non-empty string`);
  if (key === 'email' && !EMAIL.test(value)) throw invalidParameter(`contacts[0].email '${value}' is not a valid email address`);
  return { [key]: value } as TicketContactRef;
}

/** Checks one attribute value against its `data_type` (list values against the ids of its items). */
export function checkAttributeValue(attribute: TicketTypeAttributeRecord, value: unknown): void {
  if (value === null) return;
  const fail = (expected: string) => invalidParameter(`Ticket attribute '${attribute.name}' must be ${expected}`);
  switch (attribute.data_type) {
    case 'string':
      if (typeof value !== 'string') throw fail('a string');
      return;
    case 'integer':
      if (!Number.isInteger(value)) throw fail('an integer');
      return;
    case 'decimal':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw fail('a number');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') throw fail('true or false');
      return;
    case 'datetime':
      if (!Number.isInteger(value) && !(typeof value === 'string' && !Number.isNaN(Date.parse(value)))) throw fail('a UNIX timestamp or an ISO 8601 date');
      return;
    case 'files':
      if (!Array.isArray(value)) throw fail('an array of files');
      return;
    case 'list': {
      const options = (attribute.input_options.list_options ?? []) as { id: string; label: string }[];
      if (!options.some((o) => o.id === value)) {
        throw fail(`the id of one of its list options: ${options.map((o) => `${o.id} (${o.label})`).join(', ')}`);
      }
    }
  }
}

function parseAttributes(raw: unknown, type: TicketTypeRecord): Record<string, unknown> {
  if (raw !== undefined && !isJsonObject(raw)) throw invalidParameter('ticket_attributes must be an object');
  const attributes: JsonObject = raw ?? {};
  for (const [name, value] of Object.entries(attributes)) {
    const attribute = type.attributes.find((a) => a.name === name);
    if (!attribute) throw invalidParameter(`Ticket type '${type.name}' has no attribute '${name}'. Its attributes are: ${type.attributes.map((a) => a.name).join(', ')}`);
    checkAttributeValue(attribute, value);
  }
  const missing = type.attributes.filter((a) => a.required_to_create && (attributes[a.name] === undefined || attributes[a.name] === null || attributes[a.name] === ''));
  if (missing.length > 0) {
    throw missingParameter(`Ticket type '${type.name}' requires ${missing.map((a) => `'${a.name}'`).join(', ')} in ticket_attributes`);
  }
  return { ...attributes };
}

function assigneeId(value: unknown, name: string, exists: (id: string) => boolean): number {
  if (value === undefined || value === null) return 0;
  const id = idText(value);
  if (id === undefined) throw invalidParameter(`assignment.${name} must be a string id`);
  if (!exists(id)) throw invalidParameter(`assignment.${name} ${id} does not exist`);
  return Number(id);
}

/**
 * Checks a `POST /tickets` body: `ticket_type_id` of a known type, exactly one contact, attributes of that
 * type with the `required_to_create` ones present.
 * @throws IntercomApiError 400 naming the problem, 404 for an unknown conversation to link
 */
export function parseTicketInput(body: JsonObject, store: SandboxStore): TicketInput {
  const rawType = body.ticket_type_id;
  if (rawType === undefined || rawType === null || rawType === '') throw missingParameter('ticket_type_id is required');
  // The spec's own example sends a number; Intercom accepts both.
  const typeId = idText(rawType);
  if (typeId === undefined) throw invalidParameter('ticket_type_id must be a string');
  const type = store.ticketTypes.get(typeId);
  if (!type) {
    throw invalidParameter(`Ticket type ${typeId} was not found. Ticket types: ${[...store.ticketTypes.values()].map((t) => `${t.id} (${t.name})`).join(', ')}`);
  }
  const contact = parseContact(body.contacts);
  const attributes = parseAttributes(body.ticket_attributes, type);
  let conversationId: string | null = null;
  if (body.conversation_to_link_id !== undefined) {
    conversationId = idText(body.conversation_to_link_id) ?? null;
    if (conversationId === null) throw invalidParameter('conversation_to_link_id must be a string');
    if (!store.conversations.has(conversationId)) throw new IntercomApiError(404, 'not_found', `Conversation ${conversationId} not found`);
  }
  const assignment = body.assignment;
  if (assignment !== undefined && !isJsonObject(assignment)) throw invalidParameter('assignment must be an object');
  const createdAt = body.created_at;
  if (createdAt !== undefined && !Number.isInteger(createdAt)) throw invalidParameter('created_at must be a UNIX timestamp in seconds');
  return {
    type,
    contact,
    attributes,
    conversationId,
    adminAssigneeId: assigneeId(assignment?.admin_assignee_id, 'admin_assignee_id', (id) => store.admin(id) !== undefined),
    teamAssigneeId: assigneeId(assignment?.team_assignee_id, 'team_assignee_id', (id) => store.admins.some((a) => a.team_ids.includes(Number(id)))),
    ...(createdAt === undefined ? {} : { createdAt: createdAt as number }),
  };
}

import { invalidParameter, missingParameter } from '../http/errors.js';
import { idText, type JsonObject } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import type { ContactRecord, ContactRole } from '../store/types.js';

/** The writable contact fields of a create or update body, checked. */
export type ContactChanges = Partial<
  Pick<ContactRecord, 'role' | 'external_id' | 'email' | 'phone' | 'name' | 'avatar' | 'signed_up_at' | 'last_seen_at' | 'owner_id' | 'unsubscribed_from_emails'>
> & { custom_attributes?: ContactRecord['custom_attributes'] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const has = (body: JsonObject, key: string) => Object.prototype.hasOwnProperty.call(body, key) && body[key] !== undefined;

function nullableString(body: JsonObject, key: string): string | null | undefined {
  if (!has(body, key)) return undefined;
  const value = body[key];
  if (value === null) return null;
  if (typeof value !== 'string') throw invalidParameter(`${key} must be a string or null`);
  return value;
}

function string(body: JsonObject, key: string): string | undefined {
  if (!has(body, key)) return undefined;
  const value = body[key];
  if (typeof value !== 'string') throw invalidParameter(`${key} must be a string`);
  return value;
}

function timestamp(body: JsonObject, key: string): number | null | undefined {
  if (!has(body, key)) return undefined;
  const value = body[key];
  if (value === null) return null;
  if (!Number.isInteger(value) || (value as number) < 0) throw invalidParameter(`${key} must be a UNIX timestamp in seconds`);
  return value as number;
}

function customAttributes(value: unknown, store: SandboxStore): ContactRecord['custom_attributes'] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidParameter('custom_attributes must be an object');
  const checked: ContactRecord['custom_attributes'] = {};
  for (const [name, raw] of Object.entries(value as JsonObject)) {
    const attribute = store.dataAttributes.get(name);
    if (!attribute) throw missingParameter(`Custom attribute '${name}' does not exist`);
    const ok =
      raw === null ||
      (attribute.data_type === 'string' && typeof raw === 'string') ||
      (attribute.data_type === 'integer' && Number.isInteger(raw)) ||
      (attribute.data_type === 'float' && typeof raw === 'number' && Number.isFinite(raw)) ||
      (attribute.data_type === 'boolean' && typeof raw === 'boolean') ||
      (attribute.data_type === 'date' && Number.isInteger(raw));
    if (!ok) throw invalidParameter(`Custom attribute '${name}' must be ${attribute.data_type === 'date' ? 'a UNIX timestamp' : `of type ${attribute.data_type}`}`);
    checked[name] = raw as string | number | boolean | null;
  }
  return checked;
}

/**
 * Checks a `POST /contacts` or `PUT /contacts/{id}` body (the fields of `create_contact_request`).
 * Unknown keys are ignored, as Intercom does.
 * @throws IntercomApiError 400 naming the field
 */
export function parseContactChanges(body: JsonObject, store: SandboxStore): ContactChanges {
  const changes: ContactChanges = {};
  const role = string(body, 'role');
  if (role !== undefined) {
    if (role !== 'user' && role !== 'lead') throw invalidParameter(`role must be one of: user, lead (got '${role}')`);
    changes.role = role;
  }
  const externalId = string(body, 'external_id');
  if (externalId !== undefined) changes.external_id = externalId;
  const email = string(body, 'email');
  if (email !== undefined) {
    if (!EMAIL.test(email)) throw invalidParameter(`email '${email}' is not a valid email address`);
    changes.email = email;
  }
  if (has(body, 'email_verified')) {
    if (body.email_verified !== null && typeof body.email_verified !== 'boolean') throw invalidParameter('email_verified must be true, false or null');
    if (email === undefined) throw invalidParameter('email_verified can only be set together with email');
  }
  const phone = nullableString(body, 'phone');
  if (phone !== undefined) changes.phone = phone;
  const name = nullableString(body, 'name');
  if (name !== undefined) changes.name = name;
  const avatar = nullableString(body, 'avatar');
  if (avatar !== undefined) {
    if (avatar !== null && !/^https?:\/\/\S+$/.test(avatar)) throw invalidParameter('avatar must be an image URL (http or https)');
    changes.avatar = avatar;
  }
  const signedUpAt = timestamp(body, 'signed_up_at');
  if (signedUpAt !== undefined) changes.signed_up_at = signedUpAt;
  const lastSeenAt = timestamp(body, 'last_seen_at');
  if (lastSeenAt !== undefined) changes.last_seen_at = lastSeenAt;
  if (has(body, 'owner_id')) {
    const raw = body.owner_id;
    // 2.16 sends a string; clients pinned to 2.14 still send a number.
    const owner = raw === null ? null : idText(raw);
    if (owner === undefined) throw invalidParameter('owner_id must be the id of an admin (a string) or null');
    if (owner !== null && !store.admin(owner)) throw invalidParameter(`owner_id ${owner} is not an admin of this workspace`);
    changes.owner_id = owner;
  }
  if (has(body, 'unsubscribed_from_emails')) {
    const raw = body.unsubscribed_from_emails;
    if (raw !== null && typeof raw !== 'boolean') throw invalidParameter('unsubscribed_from_emails must be true, false or null');
    changes.unsubscribed_from_emails = raw ?? false;
  }
  if (has(body, 'custom_attributes') && body.custom_attributes !== null) changes.custom_attributes = customAttributes(body.custom_attributes, store);
  return changes;
}

/** The id of another live user with the same email or external id, if any: Intercom answers 409 for it. */
export function conflictingUser(store: SandboxStore, candidate: { id?: string; role: ContactRole; email: string | null; external_id: string | null }): string | undefined {
  if (candidate.role !== 'user') return undefined;
  const email = candidate.email?.toLowerCase();
  return store.findLiveContact(
    (c) =>
      c.id !== candidate.id &&
      c.role === 'user' &&
      ((email !== undefined && c.email?.toLowerCase() === email) || (candidate.external_id !== null && c.external_id === candidate.external_id)),
  )?.id;
}

import { IntercomApiError, invalidParameter, missingParameter } from '../http/errors.js';
import { idText, type JsonObject } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import type { AdminRecord } from '../store/types.js';

/**
 * The admin a write acts as (`admin_id` of the body, a string or, as the spec's examples send it, an integer).
 * @param purpose what the admin does, for the message of a missing `admin_id` ("an admin reply")
 * @throws IntercomApiError 400 `parameter_not_found` when missing, 400 for a non-id, 404 `admin_not_found` for an unknown admin
 */
export function actingAdmin(body: JsonObject, store: SandboxStore, purpose: string): AdminRecord {
  const adminId = body.admin_id;
  if (adminId === undefined || adminId === null || adminId === '') throw missingParameter(`admin_id is required for ${purpose}`);
  const id = idText(adminId);
  if (id === undefined) throw invalidParameter('admin_id must be a string');
  const admin = store.admin(id);
  if (!admin) throw new IntercomApiError(404, 'admin_not_found', `Admin not found: no admin with id=${id}`);
  return admin;
}

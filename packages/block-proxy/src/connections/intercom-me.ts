import type { IntercomRegion } from '@workflow-blocks/block-core';
import { isIntercomRegion } from '../intercom-base-url.js';

/** The admin the token belongs to and its workspace, from `GET /me`. */
export interface ConnectedAdmin {
  admin: { id: string; name?: string; email?: string };
  workspace: { id: string; name?: string };
  region?: IntercomRegion;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Reads `admin_with_app` (NOTES.md: `GET /me`), keeping only what the editor shows. */
export function toConnectedAdmin(body: unknown): ConnectedAdmin | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const me = body as Record<string, unknown>;
  const id = text(me.id);
  if (id === undefined) return undefined;
  const app = (me.app !== null && typeof me.app === 'object' ? me.app : {}) as Record<string, unknown>;
  const name = text(me.name);
  const email = text(me.email);
  const workspaceName = text(app.name);
  const region = typeof app.region === 'string' ? app.region.toLowerCase() : undefined;
  return {
    admin: { id, ...(name === undefined ? {} : { name }), ...(email === undefined ? {} : { email }) },
    workspace: { id: text(app.id_code) ?? '', ...(workspaceName === undefined ? {} : { name: workspaceName }) },
    ...(isIntercomRegion(region) ? { region } : {}),
  };
}

/** Intercom's error code in an `error.list` body (e.g. `token_revoked`), if any. */
export function intercomErrorCode(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const errors = (body as { errors?: unknown }).errors;
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  const code = first !== null && typeof first === 'object' ? (first as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[a-z0-9_]{1,64}$/.test(code) ? code : undefined;
}

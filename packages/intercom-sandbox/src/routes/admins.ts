import { IntercomApiError, invalidParameter, missingParameter } from '../http/errors.js';
import type { SandboxApp } from '../http/env.js';
import { jsonResponse, readJsonObject } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import type { AdminRecord } from '../store/types.js';
import { adminView, adminWithAppView } from '../views/admin-view.js';

function findAdmin(store: SandboxStore, id: string, message: string): AdminRecord {
  const admin = store.admin(id);
  if (!admin) throw new IntercomApiError(404, 'admin_not_found', message);
  return admin;
}

function requiredFlag(value: unknown, name: string): boolean {
  if (value === undefined) throw missingParameter(`${name} is required`);
  if (typeof value !== 'boolean') throw invalidParameter(`${name} must be true or false`);
  return value;
}

/** Admins of the workspace, one admin, their away mode, and `GET /me` for the admin who owns the token. */
export function registerAdminRoutes(app: SandboxApp, store: SandboxStore): void {
  app.get('/admins', (c) => jsonResponse(c, { type: 'admin.list', admins: store.admins.map(adminView) }));
  app.get('/me', (c) => jsonResponse(c, adminWithAppView(store.tokenOwner(), store.app)));
  app.get('/admins/:id', (c) => jsonResponse(c, adminView(findAdmin(store, c.req.param('id'), 'Admin not found'))));
  app.put('/admins/:id/away', async (c) => {
    const admin = findAdmin(store, c.req.param('id'), 'Admin for admin_id not found');
    const body = await readJsonObject(c);
    const enabled = requiredFlag(body.away_mode_enabled, 'away_mode_enabled');
    const reassign = requiredFlag(body.away_mode_reassign, 'away_mode_reassign');
    admin.away_mode_enabled = enabled;
    admin.away_mode_reassign = reassign;
    return jsonResponse(c, adminView(admin));
  });
}

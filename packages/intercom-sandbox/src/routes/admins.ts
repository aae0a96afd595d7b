import type { SandboxApp } from '../http/env.js';
import { jsonResponse } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import { adminView, adminWithAppView } from '../views/admin-view.js';

/** Admins of the workspace, and `GET /me` for the admin who owns the token. */
export function registerAdminRoutes(app: SandboxApp, store: SandboxStore): void {
  app.get('/admins', (c) => jsonResponse(c, { type: 'admin.list', admins: store.admins.map(adminView) }));
  app.get('/me', (c) => jsonResponse(c, adminWithAppView(store.tokenOwner(), store.app)));
}

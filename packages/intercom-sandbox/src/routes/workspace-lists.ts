import type { SandboxApp } from '../http/env.js';
import { jsonResponse } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import { tagView } from '../views/tag-view.js';
import { teamView } from '../views/team-view.js';

/** The workspace's teams (`GET /teams`) and tags (`GET /tags`), which the editor's pickers offer. */
export function registerWorkspaceListRoutes(app: SandboxApp, store: SandboxStore): void {
  app.get('/teams', (c) => jsonResponse(c, { type: 'team.list', teams: store.teams.map(teamView) }));
  app.get('/tags', (c) => jsonResponse(c, { type: 'list', data: [...store.tags.values()].map(tagView) }));
}

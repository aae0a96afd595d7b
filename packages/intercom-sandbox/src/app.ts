import { Hono, type MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { applyFaults } from './faults/apply-faults.js';
import type { SandboxFaults } from './faults/fault-injector.js';
import { checkApiVersion } from './http/api-version.js';
import { refuseRevokedToken } from './http/auth.js';
import type { SandboxEnv, SandboxApp } from './http/env.js';
import { errorResponse, IntercomApiError } from './http/errors.js';
import { rateLimit, type RateLimitWindow } from './http/rate-limit.js';
import { registerAdminRoutes } from './routes/admins.js';
import { registerContactArchiveRoutes } from './routes/contact-archive.js';
import { registerContactExternalIdRoute } from './routes/contact-external-id.js';
import { registerContactNoteRoutes } from './routes/contact-notes.js';
import { registerContactSearchRoute } from './routes/contact-search.js';
import { registerContactTagRoutes } from './routes/contact-tags.js';
import { registerContactRoutes } from './routes/contacts.js';
import { registerConversationCreateRoute } from './routes/conversation-create.js';
import { registerConversationPartRoutes } from './routes/conversation-parts.js';
import { registerConversationSearchRoute } from './routes/conversation-search.js';
import { registerConversationTagRoutes } from './routes/conversation-tags.js';
import { registerConversationRoutes } from './routes/conversations.js';
import { registerTicketChangeRoutes } from './routes/ticket-changes.js';
import { registerTicketSearchRoute } from './routes/ticket-search.js';
import { registerTicketRoutes } from './routes/tickets.js';
import { registerWorkspaceListRoutes } from './routes/workspace-lists.js';
import { registerDataAttributeRoutes } from './routes/data-attributes.js';
import type { CallStats } from './stats/call-stats.js';
import type { SandboxStore } from './store/store.js';

export interface SandboxAppParts {
  store: SandboxStore;
  faults: SandboxFaults;
  rateLimitWindow: RateLimitWindow;
  clock: () => number;
  stats: CallStats;
}

/**
 * Counts the call under its workspace and route pattern (`GET /contacts/:id`, or its path when no route matched),
 * with its status and the rate-limit window it arrived in.
 */
const countCall =
  (parts: SandboxAppParts): MiddlewareHandler<SandboxEnv> =>
  async (c, next) => {
    const start = parts.rateLimitWindow.windowStartAt(parts.clock());
    const window = { start, end: start + parts.rateLimitWindow.current.windowMs };
    await next();
    const pattern = routePath(c, -1);
    parts.stats.count(parts.store.workspaceId, { route: `${c.req.method} ${pattern === '*' || pattern === '/*' ? c.req.path : pattern}`, status: c.res.status, window });
  };

/**
 * One workspace's hono app (the router in sandbox-app.ts hands it the calls made with its tokens). Order:
 * request id, call count, revoked token, faults, the rate limit and the `Intercom-Version` check, then the
 * routes. Every error leaves as Intercom's `error.list`.
 */
export function createSandboxApp(parts: SandboxAppParts): SandboxApp {
  const { store, faults, rateLimitWindow } = parts;
  const app = new Hono<SandboxEnv>();
  app.use('*', async (c, next) => {
    c.set('requestId', crypto.randomUUID());
    await next();
  });
  app.use('*', countCall(parts));
  app.use('*', refuseRevokedToken());
  app.use('*', applyFaults(faults, parts.clock, () => rateLimitWindow.limit));
  app.use('*', rateLimit(rateLimitWindow));
  app.use('*', checkApiVersion());

  registerContactSearchRoute(app, store);
  registerContactRoutes(app, store);
  registerContactExternalIdRoute(app, store);
  registerContactArchiveRoutes(app, store);
  registerContactNoteRoutes(app, store);
  registerContactTagRoutes(app, store);
  registerConversationSearchRoute(app, store);
  registerConversationCreateRoute(app, store);
  registerConversationRoutes(app, store);
  registerConversationPartRoutes(app, store);
  registerConversationTagRoutes(app, store);
  registerTicketSearchRoute(app, store);
  registerTicketRoutes(app, store);
  registerTicketChangeRoutes(app, store);
  registerAdminRoutes(app, store);
  registerWorkspaceListRoutes(app, store);
  registerDataAttributeRoutes(app, store);

  app.notFound((c) => errorResponse(c.get('requestId'), 404, 'not_found', 'Resource Not Found'));
  app.onError((error, c) => {
    const requestId = c.get('requestId') ?? crypto.randomUUID();
    if (error instanceof IntercomApiError) return errorResponse(requestId, error.status, error.code, error.message, error.headers);
    return errorResponse(requestId, 500, 'server_error', 'Server Error');
  });
  return app;
}

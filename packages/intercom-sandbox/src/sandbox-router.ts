import { Hono } from 'hono';
import { bearerToken, invalidToken } from './http/auth.js';
import type { SandboxApp, SandboxEnv } from './http/env.js';
import { errorResponse, IntercomApiError } from './http/errors.js';
import type { TokenRegistry } from './auth/token-registry.js';
import { registerControlRoutes, type ControlRouteParts } from './routes/control.js';
import { registerOAuthRoutes, type OAuthRouteParts } from './routes/oauth.js';

/** A workspace as the router sees it: its id and the app serving its API. */
export interface RoutedWorkspace {
  id: string;
  app: SandboxApp;
}

export interface SandboxRouterParts {
  workspaces: readonly RoutedWorkspace[];
  tokens: TokenRegistry;
  control: ControlRouteParts;
  oauth: OAuthRouteParts;
}

/**
 * The sandbox's front door: the control routes and Intercom's OAuth routes need no token; every other call
 * goes to the workspace its bearer token belongs to, or gets 401 `unauthorized` "Access Token Invalid".
 */
export function createSandboxRouter(parts: SandboxRouterParts): SandboxApp {
  const app = new Hono<SandboxEnv>();
  const byId = new Map(parts.workspaces.map((w) => [w.id, w.app]));
  app.use('*', async (c, next) => {
    c.set('requestId', crypto.randomUUID());
    await next();
  });
  registerControlRoutes(app, parts.control);
  registerOAuthRoutes(app, parts.oauth);
  app.all('*', (c) => {
    const token = bearerToken(c.req.header('Authorization'));
    const grant = token === undefined ? undefined : parts.tokens.resolve(token);
    const workspaceApp = grant === undefined ? undefined : byId.get(grant.workspaceId);
    if (grant === undefined || workspaceApp === undefined) {
      parts.control.stats.count(undefined, { route: `${c.req.method} ${c.req.path}`, status: 401 });
      return invalidToken(c.get('requestId'));
    }
    return workspaceApp.fetch(c.req.raw, { grant });
  });
  app.onError((error, c) => {
    const requestId = c.get('requestId') ?? crypto.randomUUID();
    if (error instanceof IntercomApiError) return errorResponse(requestId, error.status, error.code, error.message, error.headers);
    return errorResponse(requestId, 500, 'server_error', 'Server Error');
  });
  return app;
}

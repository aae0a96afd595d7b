import type { Context } from 'hono';
import type { TokenRegistry } from '../auth/token-registry.js';
import type { SandboxApp, SandboxEnv } from '../http/env.js';
import { IntercomApiError, missingParameter } from '../http/errors.js';
import { isJsonObject, jsonResponse } from '../http/json.js';
import type { AuthorizationCodes } from '../oauth/authorization-codes.js';
import { consentErrorPage, consentPage } from '../oauth/consent-page.js';
import { resolveRedirectUri, type SandboxOAuthApp } from '../oauth/oauth-app.js';
import type { CallStats } from '../stats/call-stats.js';
import type { AppRecord } from '../store/types.js';

export interface OAuthRouteParts {
  oauthApp: SandboxOAuthApp;
  workspaces: () => AppRecord[];
  codes: AuthorizationCodes;
  tokens: TokenRegistry;
  stats: CallStats;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The token exchange takes a form (as OAuth clients send it) or a JSON body. */
async function readParams(c: Context<SandboxEnv>): Promise<Record<string, unknown>> {
  if ((c.req.header('Content-Type') ?? '').includes('application/json')) {
    const body: unknown = await c.req.json().catch(() => undefined);
    return isJsonObject(body) ? body : {};
  }
  return c.req.parseBody();
}

/** `redirectUri` with the answer's parameters added (its own query kept). */
function redirectTo(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

/**
 * Intercom's OAuth for public apps: `GET /oauth` (consent page), `POST /oauth` (its form: redirect with `code`
 * and `state`, or `error=access_denied`) and `POST /auth/eagle/token` (code → `{token, access_token, token_type}`).
 */
export function registerOAuthRoutes(app: SandboxApp, parts: OAuthRouteParts): void {
  const { oauthApp, codes, tokens } = parts;

  /** The app and redirect URL a consent request names, or the page saying why it cannot go on. */
  const checkRequest = (clientId: string | undefined, requestedRedirect: string | undefined) => {
    if (clientId !== oauthApp.clientId) return { refusal: 'Unknown client_id: no app is registered with that id.' };
    const redirectUri = resolveRedirectUri(oauthApp, requestedRedirect);
    if (redirectUri === undefined) return { refusal: 'The redirect_uri is not one of the app’s registered redirect URLs.' };
    return { redirectUri };
  };

  app.get('/oauth', (c) => {
    const checked = checkRequest(c.req.query('client_id'), c.req.query('redirect_uri'));
    if (checked.refusal !== undefined) return c.html(consentErrorPage(checked.refusal), 400);
    return c.html(consentPage({ appName: oauthApp.name, clientId: oauthApp.clientId, state: text(c.req.query('state')), redirectUri: checked.redirectUri, workspaces: parts.workspaces() }));
  });

  app.post('/oauth', async (c) => {
    const form = await c.req.parseBody();
    const checked = checkRequest(text(form.client_id), text(form.redirect_uri));
    if (checked.refusal !== undefined) return c.html(consentErrorPage(checked.refusal), 400);
    const state = text(form.state);
    if (form.decision !== 'allow') return c.redirect(redirectTo(checked.redirectUri, { error: 'access_denied', state }), 302);
    const workspace = parts.workspaces().find((w) => w.id_code === form.workspace);
    if (!workspace) return c.html(consentErrorPage('Choose one of the workspaces.'), 400);
    const code = codes.issue({ workspaceId: workspace.id_code, clientId: oauthApp.clientId });
    return c.redirect(redirectTo(checked.redirectUri, { code, state }), 302);
  });

  app.post('/auth/eagle/token', async (c) => {
    const params = await readParams(c);
    const code = text(params.code);
    const clientId = text(params.client_id);
    const clientSecret = text(params.client_secret);
    if (code === undefined || clientId === undefined || clientSecret === undefined) {
      throw missingParameter('code, client_id and client_secret are required');
    }
    // The client is checked first: a wrong secret does not use up the code.
    if (clientId !== oauthApp.clientId || clientSecret !== oauthApp.clientSecret) {
      throw new IntercomApiError(401, 'unauthorized', 'Invalid client_id or client_secret');
    }
    const grant = codes.redeem(code);
    if (grant === 'unknown') throw new IntercomApiError(400, 'parameter_invalid', 'The authorization code is unknown or was already used');
    if (grant === 'expired') throw new IntercomApiError(400, 'parameter_invalid', 'The authorization code has expired');
    parts.stats.count(grant.workspaceId, { route: 'POST /auth/eagle/token', status: 200 });
    const token = tokens.issue(grant.workspaceId);
    return jsonResponse(c, { token, access_token: token, token_type: 'Bearer' });
  });
}

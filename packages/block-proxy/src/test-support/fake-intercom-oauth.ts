import type { ServerResponse } from 'node:http';
import { startScriptedServer, type ScriptedServer } from './scripted-server.js';

/** One workspace of the fake Intercom: what its token's `GET /me` says. */
export interface FakeWorkspace {
  idCode: string;
  name: string;
  region: 'us' | 'eu' | 'au';
  adminId: string;
  adminName: string;
  token: string;
}

/** A scripted Intercom with OAuth (NOTES.md section 5): codes, `/auth/eagle/token`, `/me` and `/admins`. */
export interface FakeIntercomOAuth {
  server: ScriptedServer;
  url: string;
  clientId: string;
  clientSecret: string;
  /** Makes a single-use code for a workspace, as the consent page would after "Allow". */
  issueCode(workspace: FakeWorkspace): string;
  /** Tokens revoked (their `/me` answers 401 `token_revoked`). */
  revoked: Set<string>;
  close(): Promise<void>;
}

/**
 * Starts a scripted Intercom that speaks the OAuth token exchange the proxy uses, until the sandbox's lands.
 * @param workspaces - the workspaces its codes and tokens belong to.
 */
export async function startFakeIntercomOAuth(workspaces: FakeWorkspace[]): Promise<FakeIntercomOAuth> {
  const clientId = 'fake-client-id';
  const clientSecret = 'fake-client-secret-9f2c1d';
  const codes = new Map<string, FakeWorkspace>();
  const revoked = new Set<string>();
  let counter = 0;
  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.statusCode = status;
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify(body));
  };
  const errorList = (code: string, message: string) => ({ type: 'error.list', request_id: null, errors: [{ code, message }] });
  const server = await startScriptedServer((request, response) => {
    const url = new URL(request.url, 'http://fake');
    if (request.method === 'POST' && url.pathname === '/auth/eagle/token') {
      const form = new URLSearchParams(request.body);
      if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) return json(response, 401, errorList('unauthorized', 'Invalid client credentials'));
      const workspace = codes.get(form.get('code') ?? '');
      if (!workspace) return json(response, 400, errorList('parameter_invalid', 'Invalid or expired code'));
      codes.delete(form.get('code') ?? '');
      return json(response, 200, { token: workspace.token, access_token: workspace.token, token_type: 'Bearer' });
    }
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const workspace = workspaces.find((candidate) => candidate.token === token);
    if (!workspace) return json(response, 401, errorList('token_unauthorized', 'Access Token Invalid'));
    if (revoked.has(token)) return json(response, 401, errorList('token_revoked', 'Token was revoked'));
    if (request.method === 'GET' && url.pathname === '/me') {
      return json(response, 200, {
        type: 'admin',
        id: workspace.adminId,
        name: workspace.adminName,
        email: `${workspace.adminId}@example.com`,
        email_verified: true,
        app: { type: 'app', id_code: workspace.idCode, name: workspace.name, region: workspace.region, timezone: 'UTC', created_at: 1, identity_verification: false },
      });
    }
    if (request.method === 'GET' && url.pathname === '/admins') {
      return json(response, 200, { type: 'admin.list', admins: [{ type: 'admin', id: workspace.adminId, name: workspace.adminName, email: `${workspace.adminId}@example.com` }] });
    }
    return json(response, 404, errorList('not_found', 'Resource Not Found'));
  });
  return {
    server,
    url: server.url,
    clientId,
    clientSecret,
    issueCode: (workspace) => {
      counter += 1;
      const code = `code-${counter}-${workspace.idCode}`;
      codes.set(code, workspace);
      return code;
    },
    revoked,
    close: () => server.close(),
  };
}

import { createSpecValidator } from '@workflow-blocks/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { EU_WORKSPACE_ID } from '../seed/eu/eu-workspace.js';
import { seedContactIds } from '../seed/contacts.js';
import { WORKSPACE_ID } from '../seed/workspace.js';
import type { SandboxStats } from '../stats/call-stats.js';
import { call } from '../test-support/call.js';
import type { ErrorJson } from '../test-support/wire.js';
import { EU_SANDBOX_TOKEN } from '../workspaces.js';

const spec = createSpecValidator();
const sandbox = createIntercomSandbox({ oauthApp: { redirectUris: ['https://builder.example/cb'] } });

/** Installs the app in a workspace through the consent form and the code exchange; returns the OAuth token. */
async function oauthToken(workspace: string): Promise<string> {
  const form = new URLSearchParams({ client_id: 'sandbox-client-id', workspace, decision: 'allow' }).toString();
  const consent = await sandbox.fetch('https://app.intercom.com/oauth', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form });
  const code = new URL(consent.headers.get('Location') ?? '').searchParams.get('code') ?? '';
  const exchanged = await call<{ access_token: string }>(sandbox, 'POST', '/auth/eagle/token', { token: null, body: { code, client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' } });
  return exchanged.body.access_token;
}

describe('POST /__sandbox/tokens/revoke', () => {
  beforeEach(() => sandbox.reset());

  it("revokes every token of the workspace: later calls get 401 token_revoked in Intercom's format", async () => {
    const installed = await oauthToken(EU_WORKSPACE_ID);
    const revoked = await call(sandbox, 'POST', '/__sandbox/tokens/revoke', { token: null, body: { workspace: EU_WORKSPACE_ID } });
    expect(revoked).toMatchObject({ status: 200, body: { type: 'sandbox.tokens_revoked', workspace: EU_WORKSPACE_ID } });
    for (const token of [installed, EU_SANDBOX_TOKEN]) {
      const { status, body } = await call<ErrorJson>(sandbox, 'GET', '/me', { token });
      expect(status).toBe(401);
      expect(body.errors).toEqual([{ code: 'token_revoked', message: 'The access token has been revoked' }]);
      expect(spec.validateResponse('listAdmins', 401, (await call(sandbox, 'GET', '/admins', { token })).body).errors).toEqual([]);
      expect(spec.validateSchema('error', body).valid).toBe(true);
    }
  });

  it('leaves the other workspace alone, and a new installation gets a working token', async () => {
    await call(sandbox, 'POST', '/__sandbox/tokens/revoke', { token: null, body: { workspace: EU_WORKSPACE_ID } });
    expect((await call(sandbox, 'GET', `/contacts/${seedContactIds.amara}`)).status).toBe(200);
    expect((await call(sandbox, 'GET', '/me', { token: await oauthToken(EU_WORKSPACE_ID) })).status).toBe(200);
  });

  it('is lifted by a reset', async () => {
    await call(sandbox, 'POST', '/__sandbox/tokens/revoke', { token: null, body: { workspace: WORKSPACE_ID } });
    expect((await call(sandbox, 'GET', '/me')).status).toBe(401);
    await call(sandbox, 'POST', '/__sandbox/reset', { token: null });
    expect((await call(sandbox, 'GET', '/me')).status).toBe(200);
  });

  it('refuses a missing or unknown workspace', async () => {
    expect((await call<ErrorJson>(sandbox, 'POST', '/__sandbox/tokens/revoke', { token: null, body: {} })).body.errors[0]?.code).toBe('parameter_not_found');
    expect((await call(sandbox, 'POST', '/__sandbox/tokens/revoke', { token: null, body: { workspace: 'nope' } })).status).toBe(404);
  });
});

describe('GET /__sandbox/stats', () => {
  beforeEach(() => sandbox.reset());
  const stats = async () => (await call<SandboxStats>(sandbox, 'GET', '/__sandbox/stats', { token: null })).body;

  it('counts calls per workspace and route pattern; control routes are not counted', async () => {
    await call(sandbox, 'GET', `/contacts/${seedContactIds.amara}`);
    await call(sandbox, 'GET', `/contacts/${seedContactIds.noah}`);
    await call(sandbox, 'GET', '/me', { token: EU_SANDBOX_TOKEN });
    await call(sandbox, 'GET', '/no/such/route', { token: EU_SANDBOX_TOKEN });
    await call(sandbox, 'GET', '/__sandbox/faults', { token: null });
    const rateLimit = { requestsPerWindow: 1666, windowMs: 10_000 };
    expect(await stats()).toEqual({
      type: 'sandbox.stats',
      workspaces: {
        [WORKSPACE_ID]: { total: 2, routes: { 'GET /contacts/:id': 2 }, rateLimited: 0, rateLimit, windows: expect.any(Array) as unknown },
        [EU_WORKSPACE_ID]: { total: 2, routes: { 'GET /me': 1, 'GET /no/such/route': 1 }, rateLimited: 0, rateLimit, windows: expect.any(Array) as unknown },
      },
      unauthenticated: { total: 0, routes: {}, rateLimited: 0 },
    });
  });

  it('counts calls with a revoked token under their workspace, and unknown tokens apart', async () => {
    await call(sandbox, 'POST', '/__sandbox/tokens/revoke', { token: null, body: { workspace: EU_WORKSPACE_ID } });
    await call(sandbox, 'GET', '/admins', { token: EU_SANDBOX_TOKEN });
    await call(sandbox, 'GET', '/admins', { token: 'who-knows' });
    await call(sandbox, 'GET', '/admins', { token: null });
    const counted = await stats();
    expect(counted.workspaces[EU_WORKSPACE_ID]).toMatchObject({ total: 1, routes: { 'GET /admins': 1 }, rateLimited: 0 });
    expect(counted.unauthenticated).toEqual({ total: 2, routes: { 'GET /admins': 2 }, rateLimited: 0 });
  });

  it('counts a code exchange under the installed workspace', async () => {
    await oauthToken(EU_WORKSPACE_ID);
    expect((await stats()).workspaces[EU_WORKSPACE_ID]?.routes).toEqual({ 'POST /auth/eagle/token': 1 });
  });

  it('starts again from zero on DELETE and on reset', async () => {
    await call(sandbox, 'GET', '/me');
    expect((await call<SandboxStats>(sandbox, 'DELETE', '/__sandbox/stats', { token: null })).body.workspaces[WORKSPACE_ID]?.total).toBe(0);
    await call(sandbox, 'GET', '/me');
    sandbox.reset();
    expect((await stats()).workspaces[WORKSPACE_ID]?.total).toBe(0);
    expect(sandbox.stats()).toEqual(await stats());
  });
});

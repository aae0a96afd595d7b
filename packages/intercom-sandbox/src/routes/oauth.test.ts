import { createSpecValidator } from '@workflow-blocks/test-support';
import { describe, expect, it } from 'vitest';
import { createIntercomSandbox, type IntercomSandbox } from '../sandbox.js';
import { EU_WORKSPACE_ID } from '../seed/eu/eu-workspace.js';
import { WORKSPACE_ID } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { ErrorJson } from '../test-support/wire.js';

const REDIRECT = 'https://builder.example/v1/intercom/oauth/callback';
const spec = createSpecValidator();

interface TokenJson {
  token: string;
  access_token: string;
  token_type: string;
}

function setup(now = { ms: Date.UTC(2025, 5, 10) }) {
  const sandbox = createIntercomSandbox({ clock: () => now.ms, oauthApp: { redirectUris: [REDIRECT, 'http://127.0.0.1:9/callback'] } });
  return { sandbox, now };
}

const consent = (sandbox: IntercomSandbox, query: Record<string, string>) => sandbox.fetch(`https://app.intercom.com/oauth?${new URLSearchParams(query).toString()}`);

/** Submits the consent form the way a browser does (urlencoded, no JavaScript). */
const decide = (sandbox: IntercomSandbox, fields: Record<string, string>) =>
  sandbox.fetch('https://app.intercom.com/oauth', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString(), redirect: 'manual' });

/** Exchanges a code with a form body, as OAuth clients send it. */
async function exchange(sandbox: IntercomSandbox, fields: Record<string, string>): Promise<{ status: number; body: TokenJson | ErrorJson }> {
  const response = await sandbox.fetch('https://api.intercom.io/auth/eagle/token', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  return { status: response.status, body: (await response.json()) as TokenJson | ErrorJson };
}

/** Consents for a workspace and returns the code from the redirect. */
async function codeFor(sandbox: IntercomSandbox, workspace: string): Promise<string> {
  const response = await decide(sandbox, { client_id: 'sandbox-client-id', redirect_uri: REDIRECT, state: 's1', workspace, decision: 'allow' });
  return new URL(response.headers.get('Location') ?? '').searchParams.get('code') ?? '';
}

const credentials = { client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' };

describe('GET /oauth: the consent page', () => {
  it('is a plain form with a choice of workspace and Allow / Deny, carrying the state and redirect URL', async () => {
    const { sandbox } = setup();
    const response = await consent(sandbox, { client_id: 'sandbox-client-id', state: 'st<"&>', redirect_uri: REDIRECT });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    const page = await response.text();
    expect(page).toContain('<form method="post" action="/oauth">');
    expect(page).not.toContain('<script');
    expect(page).toContain(`value="${WORKSPACE_ID}" checked`);
    expect(page).toContain(`value="${EU_WORKSPACE_ID}"`);
    expect(page).toContain('Fjordline Travel (Sandbox) (EU)');
    expect(page).toContain('name="state" value="st&lt;&quot;&amp;&gt;"');
    expect(page).toContain(`name="redirect_uri" value="${REDIRECT}"`);
    expect(page).toContain('<button type="submit" name="decision" value="allow">Allow access</button>');
    expect(page).toContain('<button type="submit" name="decision" value="deny">Deny</button>');
  });

  it('uses the first registered redirect URL when none is asked for', async () => {
    const { sandbox } = setup();
    const page = await (await consent(sandbox, { client_id: 'sandbox-client-id' })).text();
    expect(page).toContain(`name="redirect_uri" value="${REDIRECT}"`);
  });

  it('refuses an unknown client or an unregistered redirect URL with a 400 page, never a redirect', async () => {
    const { sandbox } = setup();
    const unknown = await consent(sandbox, { client_id: 'someone-else' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('Unknown client_id');
    const elsewhere = await consent(sandbox, { client_id: 'sandbox-client-id', redirect_uri: 'https://evil.example/cb' });
    expect(elsewhere.status).toBe(400);
    const posted = await decide(sandbox, { client_id: 'sandbox-client-id', redirect_uri: 'https://evil.example/cb', decision: 'allow', workspace: WORKSPACE_ID });
    expect(posted.status).toBe(400);
    expect(posted.headers.get('Location')).toBeNull();
  });
});

describe('POST /oauth: the consent decision', () => {
  it('redirects with a code and the state on Allow', async () => {
    const { sandbox } = setup();
    const response = await decide(sandbox, { client_id: 'sandbox-client-id', redirect_uri: REDIRECT, state: 'abc', workspace: EU_WORKSPACE_ID, decision: 'allow' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('Location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get('state')).toBe('abc');
    expect(location.searchParams.get('code')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('redirects with error=access_denied and the state on Deny, and issues no code', async () => {
    const { sandbox } = setup();
    const response = await decide(sandbox, { client_id: 'sandbox-client-id', redirect_uri: REDIRECT, state: 'abc', workspace: EU_WORKSPACE_ID, decision: 'deny' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('Location') ?? '');
    expect(Object.fromEntries(location.searchParams)).toEqual({ error: 'access_denied', state: 'abc' });
  });

  it('refuses an unknown workspace', async () => {
    const { sandbox } = setup();
    expect((await decide(sandbox, { client_id: 'sandbox-client-id', redirect_uri: REDIRECT, workspace: 'nope', decision: 'allow' })).status).toBe(400);
  });
});

describe('POST /auth/eagle/token: the code exchange', () => {
  it("answers {token, access_token, token_type} with a token of the chosen workspace that works at once", async () => {
    const { sandbox } = setup();
    const { status, body } = await exchange(sandbox, { ...credentials, code: await codeFor(sandbox, EU_WORKSPACE_ID) });
    expect(status).toBe(200);
    const token = body as TokenJson;
    expect(token.token_type).toBe('Bearer');
    expect(token.access_token).toBe(token.token);
    expect(Object.keys(token).sort()).toEqual(['access_token', 'token', 'token_type']);
    const me = await call<{ app: { id_code: string } }>(sandbox, 'GET', '/me', { token: token.access_token });
    expect(me.body.app.id_code).toBe(EU_WORKSPACE_ID);
    expect(spec.validateResponse('identifyAdmin', 200, me.body).errors).toEqual([]);
  });

  it('accepts a JSON body too', async () => {
    const { sandbox } = setup();
    const code = await codeFor(sandbox, WORKSPACE_ID);
    expect((await call(sandbox, 'POST', '/auth/eagle/token', { token: null, body: { ...credentials, code } })).status).toBe(200);
  });

  it('uses a code once', async () => {
    const { sandbox } = setup();
    const code = await codeFor(sandbox, WORKSPACE_ID);
    expect((await exchange(sandbox, { ...credentials, code })).status).toBe(200);
    const again = await exchange(sandbox, { ...credentials, code });
    expect(again.status).toBe(400);
    expect((again.body as ErrorJson).errors[0]?.message).toBe('The authorization code is unknown or was already used');
  });

  it('lets a code expire after 5 minutes', async () => {
    const { sandbox, now } = setup();
    const fresh = await codeFor(sandbox, WORKSPACE_ID);
    const stale = await codeFor(sandbox, WORKSPACE_ID);
    now.ms += 299_000;
    expect((await exchange(sandbox, { ...credentials, code: fresh })).status).toBe(200);
    now.ms += 1_000;
    const expired = await exchange(sandbox, { ...credentials, code: stale });
    expect(expired.status).toBe(400);
    expect((expired.body as ErrorJson).errors[0]?.message).toBe('The authorization code has expired');
  });

  it('refuses a wrong client secret in error.list without using up the code', async () => {
    const { sandbox } = setup();
    const code = await codeFor(sandbox, WORKSPACE_ID);
    const refused = await exchange(sandbox, { ...credentials, client_secret: 'guess', code });
    expect(refused.status).toBe(401);
    expect(spec.validateSchema('error', refused.body).valid).toBe(true);
    expect((refused.body as ErrorJson).errors[0]).toEqual({ code: 'unauthorized', message: 'Invalid client_id or client_secret' });
    expect((await exchange(sandbox, { ...credentials, code })).status).toBe(200);
  });

  it('names what is missing', async () => {
    const { sandbox } = setup();
    const { status, body } = await exchange(sandbox, { client_id: 'sandbox-client-id' });
    expect(status).toBe(400);
    expect((body as ErrorJson).errors[0]?.code).toBe('parameter_not_found');
  });
});

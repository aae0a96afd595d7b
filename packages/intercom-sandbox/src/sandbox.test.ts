import { describe, expect, it } from 'vitest';
import { createIntercomSandbox, DEFAULT_SANDBOX_TOKEN } from './sandbox.js';
import { seedContactIds } from './seed/contacts.js';
import { seedConversationIds } from './seed/conversations.js';
import { seedTicketIds } from './seed/tickets.js';
import { call } from './test-support/call.js';
import type { ContactJson, ErrorJson } from './test-support/wire.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const routes: [string, string][] = [
  ['GET', '/contacts'],
  ['POST', '/contacts'],
  ['GET', `/contacts/${seedContactIds.amara}`],
  ['PUT', `/contacts/${seedContactIds.amara}`],
  ['DELETE', `/contacts/${seedContactIds.amara}`],
  ['POST', '/contacts/search'],
  ['GET', '/conversations'],
  ['GET', `/conversations/${seedConversationIds.exportFailing}`],
  ['POST', `/conversations/${seedConversationIds.exportFailing}/reply`],
  ['POST', '/tickets'],
  ['GET', `/tickets/${seedTicketIds.exportBug}`],
  ['GET', '/ticket_types'],
  ['GET', '/admins'],
  ['GET', '/me'],
  ['GET', '/no/such/route'],
];

describe('createIntercomSandbox', () => {
  const sandbox = createIntercomSandbox();

  it('accepts "sandbox-token" by default', () => {
    expect(sandbox.token).toBe(DEFAULT_SANDBOX_TOKEN);
    expect(DEFAULT_SANDBOX_TOKEN).toBe('sandbox-token');
  });

  it.each(routes)('answers 401 unauthorized on %s %s without a token or with a wrong one', async (method, path) => {
    for (const token of [null, 'wrong-token']) {
      const { status, body } = await call<ErrorJson>(sandbox, method, path, { token, body: method === 'GET' ? undefined : {} });
      expect(status).toBe(401);
      expect(body).toEqual({ type: 'error.list', request_id: expect.stringMatching(UUID) as string, errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] });
    }
    expect((await call(sandbox, 'GET', '/admins')).status).toBe(200);
  });

  it('accepts a custom token and refuses the default one then', async () => {
    const custom = createIntercomSandbox({ token: 'tok_live_123' });
    expect((await call(custom, 'GET', '/me')).status).toBe(200);
    expect((await call(custom, 'GET', '/me', { token: DEFAULT_SANDBOX_TOKEN })).status).toBe(401);
  });

  it('answers unknown routes and methods with 404 in error.list', async () => {
    for (const [method, path] of [['GET', '/companies'], ['PATCH', '/contacts'], ['GET', '/contacts/a/b/c']]) {
      const { status, body } = await call<ErrorJson>(sandbox, method ?? 'GET', path ?? '/');
      expect(status).toBe(404);
      expect(body.errors).toEqual([{ code: 'not_found', message: 'Resource Not Found' }]);
    }
  });

  it('gives every answer its own request id, in the body of errors and in X-Request-Id', async () => {
    const first = await call<ErrorJson>(sandbox, 'GET', '/contacts/unknown');
    const second = await call<ErrorJson>(sandbox, 'GET', '/contacts/unknown');
    expect(first.body.request_id).toMatch(UUID);
    expect(first.headers.get('X-Request-Id')).toBe(first.body.request_id);
    expect(second.body.request_id).not.toBe(first.body.request_id);
    expect((await call(sandbox, 'GET', '/admins')).headers.get('X-Request-Id')).toMatch(UUID);
  });

  it('accepts Intercom-Version 2.16 and rejects an unknown version', async () => {
    expect((await call(sandbox, 'GET', '/me', { headers: { 'Intercom-Version': '2.16' } })).status).toBe(200);
    const { status, body } = await call<ErrorJson>(sandbox, 'GET', '/me', { headers: { 'Intercom-Version': '3.0' } });
    expect(status).toBe(400);
    expect(body.errors[0]?.code).toBe('intercom_version_invalid');
  });

  it('can stand in for fetch: takes a URL and init', async () => {
    const standIn: typeof fetch = sandbox.fetch;
    const response = await standIn('http://127.0.0.1/me', { headers: { Authorization: 'Bearer sandbox-token' } });
    expect(response.status).toBe(200);
  });

  it('rejects with the abort reason when the request was already aborted', async () => {
    const request = new Request('https://api.intercom.io/me', { headers: { Authorization: 'Bearer sandbox-token' }, signal: AbortSignal.abort() });
    await expect(sandbox.fetch(request)).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('reset()', () => {
  it('restores the seed data after writes', async () => {
    const sandbox = createIntercomSandbox();
    const before = await call<ContactJson>(sandbox, 'GET', `/contacts/${seedContactIds.noah}`);
    await call(sandbox, 'PUT', `/contacts/${seedContactIds.noah}`, { body: { name: 'Changed' } });
    await call(sandbox, 'DELETE', `/contacts/${seedContactIds.amara}`);
    const created = await call<ContactJson>(sandbox, 'POST', '/contacts', { body: { email: 'temp@example.com' } });
    sandbox.reset();
    expect((await call(sandbox, 'GET', `/contacts/${seedContactIds.noah}`)).body).toEqual(before.body);
    expect((await call(sandbox, 'GET', `/contacts/${seedContactIds.amara}`)).status).toBe(200);
    expect((await call(sandbox, 'GET', `/contacts/${created.body.id}`)).status).toBe(404);
  });

  it('keeps sandboxes apart', async () => {
    const one = createIntercomSandbox();
    const two = createIntercomSandbox();
    await call(one, 'DELETE', `/contacts/${seedContactIds.amara}`);
    expect((await call(two, 'GET', `/contacts/${seedContactIds.amara}`)).status).toBe(200);
  });

  it('hands out the same ids on every start', async () => {
    const clock = () => Date.UTC(2025, 5, 10);
    const a = await call<ContactJson>(createIntercomSandbox({ clock }), 'POST', '/contacts', { body: { role: 'lead' } });
    const b = await call<ContactJson>(createIntercomSandbox({ clock }), 'POST', '/contacts', { body: { role: 'lead' } });
    expect(a.body.id).toBe(b.body.id);
  });
});

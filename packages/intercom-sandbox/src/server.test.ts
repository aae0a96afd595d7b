import { createSpecValidator } from '@workflow-blocks/test-support';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from './sandbox.js';
import { startSandboxServer, type SandboxServer } from './server.js';

const spec = createSpecValidator();
let server: SandboxServer;
const auth = { Authorization: 'Bearer sandbox-token' };
const get = (path: string, headers: Record<string, string> = auth) => fetch(`${server.url}${path}`, { headers });
const control = (method: string, path: string, body?: unknown) =>
  fetch(`${server.url}/__sandbox${path}`, { method, headers: { ...auth, 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

describe('startSandboxServer over real HTTP on 127.0.0.1', () => {
  beforeAll(async () => {
    server = await startSandboxServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(async () => {
    await control('POST', '/reset');
  });

  it('listens on a random port of 127.0.0.1 and answers like Intercom', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await get('/me');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('x-ratelimit-limit')).toBe('1666');
    const body: unknown = await response.json();
    expect(spec.validateResponse('identifyAdmin', 200, body).valid).toBe(true);
  });

  it('answers 401 error.list without the token', async () => {
    const response = await get('/contacts', {});
    expect(response.status).toBe(401);
    expect(spec.validateResponse('ListContacts', 401, await response.json()).valid).toBe(true);
  });

  it('writes over HTTP: creates a contact and searches for it', async () => {
    const created = await fetch(`${server.url}/contacts`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json', 'Intercom-Version': '2.16' }, body: JSON.stringify({ email: 'http@example.com' }) });
    expect(created.status).toBe(200);
    const search = await fetch(`${server.url}/contacts/search`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: { field: 'email', operator: '=', value: 'http@example.com' } }),
    });
    expect(((await search.json()) as { total_count: number }).total_count).toBe(1);
  });

  it('destroys the socket for a drop fault added through the control route', async () => {
    const added = await control('POST', '/faults', { route: 'GET /admins', kind: 'drop', count: 1 });
    expect(added.status).toBe(200);
    const failure = await get('/admins').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe('fetch failed');
    expect((await get('/admins')).status).toBe(200);
  });

  it('injects 429 with rate-limit headers and clears faults over HTTP', async () => {
    await control('POST', '/faults', { route: '*', kind: 'rate_limit', resetInSeconds: 5 });
    const limited = await get('/contacts');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('5');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    const listed = (await (await control('GET', '/faults')).json()) as { faults: unknown[] };
    expect(listed.faults).toEqual([{ route: '*', kind: 'rate_limit', resetInSeconds: 5 }]);
    await control('DELETE', '/faults');
    expect((await get('/contacts')).status).toBe(200);
  });

  it('rejects an invalid fault with 400 error.list; control routes need no token (the sandbox listens on 127.0.0.1 only)', async () => {
    const bad = await control('POST', '/faults', { kind: 'explode' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0]?.message).toContain('Fault kind must be one of');
    expect((await fetch(`${server.url}/__sandbox/reset`, { method: 'POST' })).status).toBe(200);
  });

  it('resets the data over HTTP', async () => {
    const before = (await (await get('/contacts?per_page=1')).json()) as { total_count: number; data: { id: string }[] };
    await fetch(`${server.url}/contacts/${before.data[0]?.id ?? ''}`, { method: 'DELETE', headers: auth });
    expect(((await (await get('/contacts?per_page=1')).json()) as { total_count: number }).total_count).toBe(before.total_count - 1);
    await control('POST', '/reset');
    expect(((await (await get('/contacts?per_page=1')).json()) as { total_count: number }).total_count).toBe(before.total_count);
  });
});

describe('startSandboxServer lifecycle', () => {
  it('serves a given sandbox and refuses connections after close()', async () => {
    const sandbox = createIntercomSandbox({ token: 'other-token' });
    const own = await startSandboxServer({ sandbox, port: 0 });
    expect(own.sandbox).toBe(sandbox);
    expect((await fetch(`${own.url}/admins`, { headers: { Authorization: 'Bearer other-token' } })).status).toBe(200);
    await own.close();
    await expect(fetch(`${own.url}/admins`)).rejects.toThrow('fetch failed');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { call } from '../test-support/call.js';
import type { ErrorJson } from '../test-support/wire.js';
import { isDroppedConnection, SandboxConnectionDropped } from './dropped-connection.js';

const NOW_MS = Date.UTC(2025, 5, 10, 12, 0, 3);
const sandbox = createIntercomSandbox({ clock: () => NOW_MS });

describe('faults applied to sandbox requests', () => {
  beforeEach(() => sandbox.reset());

  it('answers 429 with X-RateLimit-* and Retry-After for rate_limit', async () => {
    sandbox.faults.add({ route: 'POST /contacts/search', kind: 'rate_limit', count: 1, resetInSeconds: 7 });
    const limited = await call<ErrorJson>(sandbox, 'POST', '/contacts/search', { body: { query: { field: 'role', operator: '=', value: 'user' } } });
    expect(limited.status).toBe(429);
    expect(limited.body.errors).toEqual([{ code: 'rate_limit_exceeded', message: 'Rate Limit Exceeded' }]);
    expect(Object.fromEntries([...limited.headers].filter(([name]) => name.startsWith('x-ratelimit') || name === 'retry-after'))).toEqual({
      'x-ratelimit-limit': '1666',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(NOW_MS / 1000) + 7),
      'retry-after': '7',
    });
    expect((await call(sandbox, 'POST', '/contacts/search', { body: { query: { field: 'role', operator: '=', value: 'user' } } })).status).toBe(200);
  });

  it('answers 500 server_error and 503 service_unavailable', async () => {
    sandbox.faults.add({ route: 'GET /admins', kind: 'server_error', count: 1 });
    sandbox.faults.add({ route: 'GET /me', kind: 'unavailable', count: 1 });
    const failed = await call<ErrorJson>(sandbox, 'GET', '/admins');
    expect([failed.status, failed.body.errors[0]?.code]).toEqual([500, 'server_error']);
    const unavailable = await call<ErrorJson>(sandbox, 'GET', '/me');
    expect([unavailable.status, unavailable.body.errors[0]?.code]).toEqual([503, 'service_unavailable']);
  });

  it('rejects like fetch does on a dropped connection', async () => {
    sandbox.faults.add({ route: 'POST /conversations/:id/reply', kind: 'drop' });
    const error = await sandbox.fetch('https://api.intercom.io/conversations/215470000000104/reply', { method: 'POST', headers: { Authorization: `Bearer ${sandbox.token}` } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe('fetch failed');
    expect((error as TypeError).cause).toBeInstanceOf(SandboxConnectionDropped);
    expect(isDroppedConnection(error)).toBe(true);
    expect(isDroppedConnection(new TypeError('fetch failed'))).toBe(false);
  });

  it('only faults the route it names', async () => {
    sandbox.faults.add({ route: 'GET /contacts/:id', kind: 'server_error' });
    expect((await call(sandbox, 'GET', '/contacts')).status).toBe(200);
    expect((await call(sandbox, 'GET', '/contacts/abc')).status).toBe(500);
  });

  it('delays a request by delayMs for latency', async () => {
    sandbox.faults.add({ route: 'GET /admins', kind: 'latency', delayMs: 60, count: 1 });
    const started = performance.now();
    expect((await call(sandbox, 'GET', '/admins')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('stops waiting and rejects with the abort reason when the caller aborts during latency', async () => {
    sandbox.faults.add({ kind: 'latency', delayMs: 10_000 });
    const controller = new AbortController();
    const started = performance.now();
    const pending = sandbox.fetch('https://api.intercom.io/admins', { headers: { Authorization: `Bearer ${sandbox.token}` }, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('does not write when the caller aborts during latency', async () => {
    sandbox.faults.add({ route: 'POST /contacts', kind: 'latency', delayMs: 10_000 });
    const controller = new AbortController();
    const pending = sandbox.fetch('https://api.intercom.io/contacts', {
      method: 'POST',
      headers: { Authorization: `Bearer ${sandbox.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'aborted@example.com' }),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    sandbox.faults.clear();
    const search = await call<{ total_count: number }>(sandbox, 'POST', '/contacts/search', { body: { query: { field: 'email', operator: '=', value: 'aborted@example.com' } } });
    expect(search.body.total_count).toBe(0);
  });

  it('never faults the control routes, and reset() clears the faults', async () => {
    sandbox.faults.add({ kind: 'server_error' });
    expect((await call(sandbox, 'POST', '/__sandbox/reset')).status).toBe(200);
    expect(sandbox.faults.list()).toEqual([]);
    expect((await call(sandbox, 'GET', '/admins')).status).toBe(200);
  });
});

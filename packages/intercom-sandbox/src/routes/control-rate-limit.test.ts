import { describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { WORKSPACE_ID } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { ErrorJson } from '../test-support/wire.js';
import { EU_SANDBOX_TOKEN } from '../workspaces.js';

const at = (second: number, ms = 0) => Date.UTC(2025, 5, 10, 12, 0, second) + ms;

describe('POST /__sandbox/rate-limit', () => {
  it('sets every workspace\'s limit at run time, in a fresh window, until a reset', async () => {
    let now = at(1, 200);
    const sandbox = createIntercomSandbox({ clock: () => now });
    expect((await call(sandbox, 'GET', '/me')).headers.get('X-RateLimit-Limit')).toBe('1666');

    const set = await call(sandbox, 'POST', '/__sandbox/rate-limit', { token: null, body: { requestsPerWindow: 2, windowMs: 500 } });
    expect(set).toMatchObject({ status: 200, body: { type: 'sandbox.rate_limit', requestsPerWindow: 2, windowMs: 500 } });
    const first = await call(sandbox, 'GET', '/me');
    expect(first.headers.get('X-RateLimit-Limit')).toBe('2');
    expect(first.headers.get('X-RateLimit-Remaining')).toBe('1');
    // The window [1.0 s, 1.5 s) ends at 1.5 s: the reset, in whole seconds, is rounded up so nobody starts early.
    expect(first.headers.get('X-RateLimit-Reset')).toBe(String(at(2) / 1000));
    expect((await call(sandbox, 'GET', '/me')).status).toBe(200);
    const limited = await call<ErrorJson>(sandbox, 'GET', '/me');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('1');
    expect((await call(sandbox, 'GET', '/me', { token: EU_SANDBOX_TOKEN })).headers.get('X-RateLimit-Limit')).toBe('2');

    now = at(1, 500);
    expect((await call(sandbox, 'GET', '/me')).status).toBe(200);
    expect(sandbox.stats().workspaces[WORKSPACE_ID]?.rateLimit).toEqual({ requestsPerWindow: 2, windowMs: 500 });

    await call(sandbox, 'POST', '/__sandbox/reset', { token: null });
    expect((await call(sandbox, 'GET', '/me')).headers.get('X-RateLimit-Limit')).toBe('1666');
  });

  it('can be set in code too', async () => {
    const sandbox = createIntercomSandbox({ clock: () => at(1) });
    sandbox.setRateLimit({ requestsPerWindow: 1, windowMs: 1000 });
    expect((await call(sandbox, 'GET', '/me')).status).toBe(200);
    expect((await call(sandbox, 'GET', '/me')).status).toBe(429);
    expect(() => sandbox.setRateLimit({ requestsPerWindow: 0, windowMs: 1000 })).toThrow(RangeError);
  });

  it.each([
    [{}, 'requestsPerWindow must be a whole number from 1 to 1000000000'],
    [{ requestsPerWindow: 50 }, 'windowMs must be a whole number from 100 to 3600000'],
    [{ requestsPerWindow: 0, windowMs: 1000 }, 'requestsPerWindow must be a whole number from 1 to 1000000000'],
    [{ requestsPerWindow: 2.5, windowMs: 1000 }, 'requestsPerWindow must be a whole number from 1 to 1000000000'],
    [{ requestsPerWindow: '50', windowMs: 1000 }, 'requestsPerWindow must be a whole number from 1 to 1000000000'],
    [{ requestsPerWindow: 50, windowMs: 99 }, 'windowMs must be a whole number from 100 to 3600000'],
    [{ requestsPerWindow: 50, windowMs: 3_600_001 }, 'windowMs must be a whole number from 100 to 3600000'],
  ])('refuses %j with 400 naming the field, and keeps the limit', async (body, message) => {
    const sandbox = createIntercomSandbox({ clock: () => at(1) });
    const refused = await call<ErrorJson>(sandbox, 'POST', '/__sandbox/rate-limit', { token: null, body });
    expect(refused.status).toBe(400);
    expect(refused.body.type).toBe('error.list');
    expect(refused.body.errors).toEqual([{ code: 'parameter_invalid', message }]);
    expect(sandbox.stats().workspaces[WORKSPACE_ID]?.rateLimit).toEqual({ requestsPerWindow: 1666, windowMs: 10_000 });
  });

  it('refuses a body that is no JSON object', async () => {
    const sandbox = createIntercomSandbox();
    expect((await call<ErrorJson>(sandbox, 'POST', '/__sandbox/rate-limit', { token: null, body: '[1]' })).status).toBe(400);
    expect((await call<ErrorJson>(sandbox, 'POST', '/__sandbox/rate-limit', { token: null, body: '{' })).body.errors[0]?.code).toBe('client_error');
  });
});

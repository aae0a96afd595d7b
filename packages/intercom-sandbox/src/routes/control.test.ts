import { describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { call } from '../test-support/call.js';
import type { ErrorJson } from '../test-support/wire.js';

describe('/__sandbox control routes', () => {
  const sandbox = createIntercomSandbox();

  it('adds, lists and clears faults', async () => {
    const added = await call<{ faults: unknown[] }>(sandbox, 'POST', '/__sandbox/faults', { body: { route: 'GET /me', kind: 'unavailable', count: 2 } });
    expect(added.status).toBe(200);
    expect(added.body.faults).toEqual([{ route: 'GET /me', kind: 'unavailable', count: 2 }]);
    expect((await call(sandbox, 'GET', '/me')).status).toBe(503);
    expect((await call<{ faults: unknown[] }>(sandbox, 'GET', '/__sandbox/faults')).body.faults).toEqual([{ route: 'GET /me', kind: 'unavailable', count: 1 }]);
    expect((await call<{ faults: unknown[] }>(sandbox, 'DELETE', '/__sandbox/faults')).body.faults).toEqual([]);
    expect((await call(sandbox, 'GET', '/me')).status).toBe(200);
  });

  it('rejects a fault that is not valid with 400 error.list', async () => {
    const { status, body } = await call<ErrorJson>(sandbox, 'POST', '/__sandbox/faults', { body: { kind: 'drop', rate: 2 } });
    expect(status).toBe(400);
    expect(body.errors[0]).toEqual({ code: 'parameter_invalid', message: 'Fault rate must be a number greater than 0 and at most 1' });
  });

  it('resets the data', async () => {
    await call(sandbox, 'POST', '/contacts', { body: { email: 'control@example.com' } });
    expect((await call(sandbox, 'POST', '/__sandbox/reset')).body).toEqual({ type: 'sandbox.reset', ok: true });
    const search = await call<{ total_count: number }>(sandbox, 'POST', '/contacts/search', { body: { query: { field: 'email', operator: '=', value: 'control@example.com' } } });
    expect(search.body.total_count).toBe(0);
  });
});

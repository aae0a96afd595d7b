import { describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedContactIds } from '../seed/contacts.js';
import { WORKSPACE_ID } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import { EU_SANDBOX_TOKEN } from '../workspaces.js';
import { MAX_WINDOWS, type SandboxStats } from './call-stats.js';

const at = (second: number, ms = 0) => Date.UTC(2025, 5, 10, 12, 0, second) + ms;

describe('sandbox stats per rate-limit window', () => {
  it('counts the calls of each window and the 429s, in the window each call arrived in', async () => {
    let now = at(1);
    const sandbox = createIntercomSandbox({ clock: () => now, rateLimit: { limit: 2, windowSeconds: 1 } });
    for (let i = 0; i < 3; i++) await call(sandbox, 'GET', `/contacts/${seedContactIds.amara}`);
    now = at(2, 500);
    await call(sandbox, 'POST', '/contacts', { body: { email: 'window@example.com' } });
    now = at(4, 999);
    await call(sandbox, 'GET', '/me');
    await call(sandbox, 'GET', '/me', { token: EU_SANDBOX_TOKEN });

    const stats = sandbox.stats().workspaces[WORKSPACE_ID];
    expect(stats).toEqual({
      total: 5,
      routes: { 'GET /contacts/:id': 3, 'POST /contacts': 1, 'GET /me': 1 },
      rateLimited: 1,
      rateLimit: { requestsPerWindow: 2, windowMs: 1000 },
      windows: [
        { start: at(1), end: at(2), requests: 3, rateLimited: 1 },
        { start: at(2), end: at(3), requests: 1, rateLimited: 0 },
        { start: at(4), end: at(5), requests: 1, rateLimited: 0 },
      ],
    });
    // The EU workspace counts its own windows.
    expect(Object.values(sandbox.stats().workspaces).map((w) => w.windows.length)).toEqual([3, 1]);
  });

  it('counts a rate_limit fault as a 429 too', async () => {
    const sandbox = createIntercomSandbox({ clock: () => at(1) });
    sandbox.faults.add({ route: 'GET /me', kind: 'rate_limit', count: 1 });
    await call(sandbox, 'GET', '/me');
    await call(sandbox, 'GET', '/me');
    expect(sandbox.stats().workspaces[WORKSPACE_ID]).toMatchObject({ total: 2, rateLimited: 1, windows: [{ requests: 2, rateLimited: 1 }] });
  });

  it(`keeps the last ${MAX_WINDOWS} windows`, async () => {
    let now = at(0);
    const sandbox = createIntercomSandbox({ clock: () => now, rateLimit: { limit: 10, windowMs: 100 } });
    for (let i = 0; i < MAX_WINDOWS + 5; i++) {
      now = at(0) + i * 100;
      await call(sandbox, 'GET', '/me');
    }
    const windows = sandbox.stats().workspaces[WORKSPACE_ID]?.windows ?? [];
    expect(windows).toHaveLength(MAX_WINDOWS);
    expect(windows[0]?.start).toBe(at(0) + 5 * 100);
  });

  it('reads the same over HTTP, and starts again from zero on reset', async () => {
    const sandbox = createIntercomSandbox({ clock: () => at(3) });
    await call(sandbox, 'GET', '/me');
    const read = await call<SandboxStats>(sandbox, 'GET', '/__sandbox/stats', { token: null });
    expect(read.body).toEqual(sandbox.stats());
    expect(read.body.workspaces[WORKSPACE_ID]?.windows).toEqual([{ start: at(0), end: at(10), requests: 1, rateLimited: 0 }]);
    sandbox.reset();
    expect(sandbox.stats().workspaces[WORKSPACE_ID]).toMatchObject({ total: 0, rateLimited: 0, windows: [] });
  });
});

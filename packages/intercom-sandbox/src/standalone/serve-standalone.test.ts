import { afterEach, describe, expect, it } from 'vitest';
import { WORKSPACE_ID } from '../seed/workspace.js';
import type { SandboxServer } from '../server.js';
import type { SandboxStats } from '../stats/call-stats.js';
import { serveStandalone } from './serve-standalone.js';
import { parseStandaloneConfig } from './standalone-config.js';

describe('serveStandalone', () => {
  let server: SandboxServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('serves its own sandbox over HTTP with the limit from its environment, and says where', async () => {
    const parsed = parseStandaloneConfig({ PORT: '0', SANDBOX_TOKEN: 'standalone-token', SANDBOX_RATE_LIMIT: '1', SANDBOX_RATE_WINDOW_MS: '3600000' });
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const lines: string[] = [];
    server = await serveStandalone(parsed.config, (line) => lines.push(line));
    expect(lines[0]).toBe(`listening on ${server.url}`);
    expect(lines).toContain('rate limit: 1 requests per 3600000 ms window, per workspace (POST /__sandbox/rate-limit changes it)');

    const me = (token: string) => fetch(`${server!.url}/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await me('standalone-token')).status).toBe(200);
    expect((await me('standalone-token')).status).toBe(429);
    const stats = (await (await fetch(`${server.url}/__sandbox/stats`)).json()) as SandboxStats;
    expect(stats.workspaces[WORKSPACE_ID]).toMatchObject({ total: 2, rateLimited: 1, rateLimit: { requestsPerWindow: 1, windowMs: 3_600_000 } });

    // A reset comes back to the start-up limit, not Intercom's default.
    await fetch(`${server.url}/__sandbox/rate-limit`, { method: 'POST', body: JSON.stringify({ requestsPerWindow: 5, windowMs: 1000 }) });
    await fetch(`${server.url}/__sandbox/reset`, { method: 'POST' });
    const afterReset = (await (await fetch(`${server.url}/__sandbox/stats`)).json()) as SandboxStats;
    expect(afterReset.workspaces[WORKSPACE_ID]?.rateLimit).toEqual({ requestsPerWindow: 1, windowMs: 3_600_000 });
  });
});

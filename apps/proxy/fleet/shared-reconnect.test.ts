import { seedContactIds, WORKSPACE_ID } from '@workflow-blocks/intercom-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, getJson, sandboxControl } from './fleet-client.js';
import { startFleet, type Fleet } from './fleet.js';

describe('a revoked token seen by one instance', () => {
  let fleet: Fleet | undefined;
  beforeAll(async () => {
    fleet = await startFleet({ instances: 3 });
  });
  afterAll(() => fleet?.stop());

  it('makes the others report the reconnect state without calling Intercom', async () => {
    const { proxies, apiKey, sandboxUrl } = fleet!;
    const [first, second, third] = proxies;
    const sandbox = sandboxControl(sandboxUrl);
    const config = { resource: 'contact', operation: 'get', contactId: seedContactIds.amara };
    // Each instance has run once and holds whatever it caches about the connection.
    for (const proxy of proxies) expect((await execute(proxy.url, apiKey, config)).body.success).toBe(true);

    await sandbox.revokeTokens(WORKSPACE_ID);
    await sandbox.clearStats();
    const refused = await execute(first!.url, apiKey, config);
    expect(refused.body.success).toBe(false);
    expect(refused.body.error).toMatch(/reconnect/i);

    const next = await execute(second!.url, apiKey, config);
    expect(next.status).toBe(409);
    expect(next.body.error).toMatch(/reconnect/i);
    const connection = await getJson<{ state: string; connected: boolean }>(third!.url, apiKey, '/v1/intercom/connection');
    expect(connection.body).toMatchObject({ state: 'needs_reconnect', connected: false });
    expect((await execute(third!.url, apiKey, config)).status).toBe(409);

    // Intercom saw exactly one call: the one that got the 401.
    const stats = (await sandbox.stats()).workspaces[WORKSPACE_ID]!;
    expect(stats.total).toBe(1);
    expect(stats.routes).toEqual({ 'GET /contacts/:id': 1 });
  });
});

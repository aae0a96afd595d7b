import { randomUUID } from 'node:crypto';
import { WORKSPACE_ID } from '@workflow-blocks/intercom-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, sandboxControl, type RunAnswer } from './fleet-client.js';
import { startFleet, type Fleet } from './fleet.js';

/** A host's retry loop: a 409 with `Retry-After` (the same key's run still going) is asked again after it. */
async function executeUntilDone(proxyUrl: string, apiKey: string, config: Record<string, unknown>, key: string): Promise<RunAnswer> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const answer = await execute(proxyUrl, apiKey, config, key);
    const retryAfter = Number(answer.headers.get('Retry-After'));
    if (answer.status !== 409 || !(retryAfter > 0)) return answer;
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
  }
  throw new Error(`the run with key ${key} was still in progress after 20 tries`);
}

describe('the same Idempotency-Key on several instances', () => {
  let fleet: Fleet | undefined;
  beforeAll(async () => {
    fleet = await startFleet({ instances: 3 });
  });
  afterAll(() => fleet?.stop());

  it('sent with a contact.create to all three at once: Intercom receives one create, every caller gets the same contact', async () => {
    const { proxies, apiKey, sandboxUrl } = fleet!;
    const sandbox = sandboxControl(sandboxUrl);
    // Intercom is slow, so the three requests overlap while the first one runs.
    await sandbox.addFault({ route: 'POST /contacts', kind: 'latency', delayMs: 500 });
    await sandbox.clearStats();

    const key = randomUUID();
    const config = { resource: 'contact', operation: 'create', role: 'user', email: `fleet-${key}@example.com`, name: 'Fleet Idempotency' };
    const answers = await Promise.all(proxies.map((proxy) => executeUntilDone(proxy.url, apiKey, config, key)));

    expect(answers.map((answer) => [answer.status, answer.body.success])).toEqual(proxies.map(() => [200, true]));
    const ids = answers.map((answer) => (answer.body.contact as { id?: string } | undefined)?.id);
    expect(ids[0]).toEqual(expect.any(String));
    expect(new Set(ids)).toEqual(new Set([ids[0]]));
    expect((await sandbox.stats()).workspaces[WORKSPACE_ID]?.routes['POST /contacts']).toBe(1);
  });

  it('each instance writes one JSON line per run on its standard output, its last ones too when it stops', async () => {
    const { proxies, apiKey } = fleet!;
    const proxy = proxies[2]!;
    const keys = [randomUUID(), randomUUID()];
    for (const key of keys) expect((await execute(proxy.url, apiKey, { resource: 'admin', operation: 'list' }, key)).status).toBe(200);
    // Written asynchronously: what is still pending is written as the process exits.
    await proxy.process.stop();
    const runs = proxy.process
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((record) => record.msg === 'run' && record.operation === 'admin.list');
    expect(runs).toHaveLength(2);
    expect(runs.map((run) => [run.status, run.idempotency, run.tenant])).toEqual([
      [200, 'ran', 'acme'],
      [200, 'ran', 'acme'],
    ]);
  });
});

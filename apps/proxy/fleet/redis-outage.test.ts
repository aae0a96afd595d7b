import { randomUUID } from 'node:crypto';
import { seedContactIds, WORKSPACE_ID } from '@workflow-blocks/intercom-sandbox';
import { waitUntil } from '@workflow-blocks/test-support/processes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, health, sandboxControl, type RunAnswer } from './fleet-client.js';
import { startFleet, type Fleet } from './fleet.js';

type Phase = 'before' | 'down' | 'back';
interface Sent {
  kind: 'read' | 'write';
  key?: string;
  phase: Phase;
  answer: RunAnswer;
}

const readConfig = { resource: 'contact', operation: 'get', contactId: seedContactIds.amara };
const writeConfig = (key: string) => ({ resource: 'contact', operation: 'create', role: 'user', email: `outage-${key}@example.com` });
const contactId = (answer: RunAnswer) => (answer.body.contact as { id?: string } | undefined)?.id;

describe('Redis killed mid-burst and restarted', () => {
  let fleet: Fleet | undefined;
  beforeAll(async () => {
    fleet = await startFleet({ instances: 3 });
  });
  afterAll(() => fleet?.stop());

  it('no instance crashes, no write is made twice, the fallback is seen, and service is normal once Redis is back', async () => {
    const { proxies, apiKey, sandboxUrl, redis } = fleet!;
    const sandbox = sandboxControl(sandboxUrl);
    await sandbox.clearStats();
    let phase: Phase = 'before';
    let stopping = false;
    const sent: Sent[] = [];

    // Callers that keep running reads and keyed writes (each write its own key and email) on every instance.
    const caller = async (index: number) => {
      for (let n = 0; !stopping; n++) {
        const proxy = proxies[(index + n) % proxies.length]!;
        const at = phase;
        if (n % 2 === 0) {
          sent.push({ kind: 'read', phase: at, answer: await execute(proxy.url, apiKey, readConfig) });
        } else {
          const key = randomUUID();
          sent.push({ kind: 'write', key, phase: at, answer: await execute(proxy.url, apiKey, writeConfig(key), key) });
        }
      }
    };
    const callers = Promise.all(Array.from({ length: 9 }, (_, index) => caller(index)));

    await waitUntil(() => sent.length >= 60, '60 runs before Redis goes');
    await redis.kill();
    phase = 'down';
    for (const proxy of proxies) await waitUntil(async () => (await health(proxy.url)).redis === 'down', `${proxy.name} to report Redis down`);
    // The documented fallback while Redis is away: reads go on (the limiter on this instance's share), and a
    // write with an Idempotency-Key is refused with 503 and Retry-After rather than risk running twice.
    await waitUntil(() => sent.filter((s) => s.phase === 'down' && s.kind === 'read' && s.answer.body.success === true).length >= 10, '10 reads served while Redis is down');
    await waitUntil(() => sent.some((s) => s.phase === 'down' && s.kind === 'write' && s.answer.status === 503), 'a keyed write refused while Redis is down');

    await redis.restart();
    phase = 'back';
    for (const proxy of proxies) await waitUntil(async () => (await health(proxy.url)).redis === 'up', `${proxy.name} to report Redis up again`);
    await waitUntil(() => sent.filter((s) => s.phase === 'back' && s.kind === 'write' && s.answer.body.success === true).length >= 10, '10 keyed writes served after Redis is back');
    stopping = true;
    await callers;

    for (const proxy of proxies) expect(proxy.process.exit, `${proxy.name} exited:\n${proxy.process.output()}`).toBeUndefined();
    const refusedWrites = sent.filter((s) => s.kind === 'write' && s.answer.status === 503);
    for (const refused of refusedWrites) {
      expect(refused.answer.headers.get('Retry-After')).toMatch(/^\d+$/);
    }
    // Every read was served; every write either ran once or was refused before it reached Intercom.
    const unexpected = sent.filter((s) => !(s.answer.status === 200 && s.answer.body.success === true) && !(s.kind === 'write' && s.answer.status === 503));
    expect(unexpected.map((s) => `${s.kind} ${s.phase}: ${s.answer.status} ${s.answer.body.error ?? ''}`)).toEqual([]);

    // The host retries each refused write with its key once Redis is back: each runs now, once.
    const retried = await Promise.all(refusedWrites.map((s, i) => execute(proxies[i % proxies.length]!.url, apiKey, writeConfig(s.key!), s.key)));
    expect(retried.filter((answer) => answer.body.success !== true).map((answer) => `${answer.status} ${answer.body.error ?? ''}`)).toEqual([]);

    const writes = sent.filter((s) => s.kind === 'write');
    const created = [...writes.filter((s) => s.answer.body.success === true).map((s) => contactId(s.answer)), ...retried.map(contactId)];
    expect(created.length).toBe(writes.length);
    expect(new Set(created).size).toBe(writes.length);
    // No duplicate write: Intercom received exactly one create per key.
    expect((await sandbox.stats()).workspaces[WORKSPACE_ID]?.routes['POST /contacts']).toBe(writes.length);

    // A key used after Redis came back is remembered again: its repeat is answered without a second create.
    const last = writes.filter((s) => s.phase === 'back' && s.answer.body.success === true).at(-1)!;
    const repeat = await execute(proxies[0]!.url, apiKey, writeConfig(last.key!), last.key);
    expect(contactId(repeat)).toBe(contactId(last.answer));
    expect((await sandbox.stats()).workspaces[WORKSPACE_ID]?.routes['POST /contacts']).toBe(writes.length);
  });
});

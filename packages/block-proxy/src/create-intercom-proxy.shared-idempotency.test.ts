import { sharedTestRedis, startTestRedis, uniqueRedisPrefix, type TestRedis } from '@workflow-blocks/test-support/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerKeyAuthenticator, DEFAULT_TENANT_ID } from './bearer-authenticator.js';
import { generateEncryptionKey } from './connections/token-cipher.js';
import { createIntercomProxy, type IntercomProxy } from './create-intercom-proxy.js';
import { createRedisConnection, type RedisConnection } from './node/redis/redis-connection.js';
import { createRedisSharedState } from './node/redis/redis-shared-state.js';
import { HARNESS_API_KEY, startProxyHarness, type ProxyHarness } from './test-support/proxy-harness.js';

// Several proxy instances on one Redis and one sandbox, in this process: what apps/proxy's processes share.
let redis: TestRedis;
let harness: ProxyHarness;
const connections: RedisConnection[] = [];
beforeAll(async () => {
  redis = await sharedTestRedis();
  harness = await startProxyHarness();
});
afterAll(async () => {
  await Promise.all(connections.map((connection) => connection.close()));
  await harness.close();
  await redis.stop();
});

/** A proxy instance in front of the harness's sandbox, keeping idempotency keys in the given Redis. */
async function instance(url: string, keyPrefix: string): Promise<IntercomProxy> {
  const connection = createRedisConnection({ url, keyPrefix, maxReconnectDelayMs: 100, commandTimeoutMs: 300 });
  connections.push(connection);
  expect(await connection.ready(20_000)).toBe('up');
  const proxy = createIntercomProxy({
    authenticate: bearerKeyAuthenticator(HARNESS_API_KEY),
    encryptionKey: generateEncryptionKey(),
    baseUrl: harness.sandboxUrl,
    mode: 'sandbox',
    // Everything shared, as apps/proxy does with REDIS_URL: the idempotency keys come with it.
    shared: createRedisSharedState(connection),
    idempotency: { unavailableRetryAfterMs: 3000 },
  });
  await proxy.connect(DEFAULT_TENANT_ID, { accessToken: harness.sandbox.token, region: 'us' });
  return proxy;
}

async function execute(proxy: IntercomProxy, config: Record<string, unknown>, key?: string) {
  const headers: Record<string, string> = { Authorization: `Bearer ${HARNESS_API_KEY}`, 'Content-Type': 'application/json' };
  if (key !== undefined) headers['Idempotency-Key'] = key;
  const response = await proxy.fetch(new Request('http://proxy/v1/intercom/execute', { method: 'POST', headers, body: JSON.stringify({ config }) }));
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

let emails = 0;
const createContact = () => ({ resource: 'contact', operation: 'create', role: 'user', email: `fleet-${process.pid}-${(emails += 1)}@example.com` });

describe('several instances on one Redis', () => {
  it('creates one contact for the same Idempotency-Key sent to every instance at once, and gives every caller that contact', async () => {
    const prefix = uniqueRedisPrefix('fleet');
    const instances = await Promise.all([instance(redis.url, prefix), instance(redis.url, prefix), instance(redis.url, prefix)]);
    const before = harness.sandbox.count('POST /contacts');
    const config = createContact();
    const answers = await Promise.all(instances.flatMap((proxy) => [execute(proxy, config, 'run-7:create'), execute(proxy, config, 'run-7:create')]));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.json))).size).toBe(1);
    expect(answers[0]?.json).toMatchObject({ success: true, contact: { email: config.email } });
    expect(harness.sandbox.count('POST /contacts') - before).toBe(1);
    expect(answers.filter((answer) => answer.headers.get('idempotent-replayed') === 'true')).toHaveLength(5);
    // The same key with another config is refused on any instance.
    expect((await execute(instances[2], createContact(), 'run-7:create')).status).toBe(422);
  });

  it('refuses a write with a key while Redis is down (503, Retry-After), runs one without a key, and recovers when Redis returns', async () => {
    const own = await startTestRedis();
    try {
      const proxy = await instance(own.url, uniqueRedisPrefix('down'));
      const before = harness.sandbox.count('POST /contacts');
      await own.kill();
      const refused = await execute(proxy, createContact(), 'run-during-outage');
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('3');
      expect(harness.sandbox.count('POST /contacts')).toBe(before);
      expect((await execute(proxy, createContact())).json).toMatchObject({ success: true });
      expect((await execute(proxy, { resource: 'admin', operation: 'list' }, 'read-during-outage')).json).toMatchObject({ success: true });

      await own.restart();
      expect(await connections.at(-1)?.ready(20_000)).toBe('up');
      const config = createContact();
      const first = await execute(proxy, config, 'run-after-outage');
      const repeat = await execute(proxy, config, 'run-after-outage');
      expect(repeat).toMatchObject({ status: 200, json: first.json });
      expect(repeat.headers.get('idempotent-replayed')).toBe('true');
      expect(harness.sandbox.count('POST /contacts') - before).toBe(2);
    } finally {
      await own.stop();
    }
  });
});

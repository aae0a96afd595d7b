import { afterEach, describe, expect, it } from 'vitest';
import { seedContactIds } from '@workflow-blocks/intercom-sandbox';
import { bearerKeysAuthenticator } from './bearer-authenticator.js';
import { scopedIdempotencyKey } from './idempotency/idempotency-key.js';
import type { IdempotencyStore } from './idempotency/idempotency-store.js';
import { createMemoryIdempotencyStore } from './idempotency/memory-idempotency-store.js';
import { configFingerprint } from './idempotency/idempotency-key.js';
import { HARNESS_API_KEY, startProxyHarness, type ProxyHarness, type ProxyHarnessOptions } from './test-support/proxy-harness.js';

const GLOBEX_KEY = 'globex-proxy-key-0123456789abcdef';
const harnesses: ProxyHarness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
});
async function start(options: ProxyHarnessOptions = {}): Promise<ProxyHarness> {
  const harness = await startProxyHarness(options);
  harnesses.push(harness);
  return harness;
}

let emails = 0;
const createContact = () => ({ resource: 'contact', operation: 'create', role: 'user', email: `idem-${process.pid}-${(emails += 1)}@example.com` });

/** `POST /execute` with the key (and the tenant's proxy key, when given). */
async function run(harness: ProxyHarness, config: Record<string, unknown>, key: string | undefined, apiKey = HARNESS_API_KEY) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey}` };
  if (key !== undefined) headers['Idempotency-Key'] = key;
  const answer = await harness.call('/v1/intercom/execute', { method: 'POST', headers, body: JSON.stringify({ config }) });
  return { status: answer.status, json: answer.json as Record<string, unknown>, headers: answer.headers };
}

describe('POST /execute with an Idempotency-Key', () => {
  it('runs a key once: a repeat with the same config gets the stored outcome without calling Intercom', async () => {
    const harness = await start();
    const config = createContact();
    const first = await run(harness, config, 'run-1:create');
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ success: true, contact: { id: expect.any(String) as unknown, email: config.email } });
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    // The same config with its keys in another order is the same run.
    const reordered = Object.fromEntries(Object.entries(config).reverse());
    const repeat = await run(harness, reordered, 'run-1:create');
    expect(repeat.status).toBe(200);
    expect(repeat.json).toEqual(first.json);
    expect(repeat.headers.get('idempotent-replayed')).toBe('true');
    expect(harness.sandbox.count('POST /contacts')).toBe(1);
    // Without a key, or with another, the same config runs again.
    await run(harness, config, 'run-2:create');
    await run(harness, config, undefined);
    expect(harness.sandbox.count('POST /contacts')).toBe(3);
  });

  it('gives every concurrent caller with the same key the one contact, created once', async () => {
    const harness = await start();
    const config = createContact();
    const answers = await Promise.all(Array.from({ length: 6 }, () => run(harness, config, 'run-concurrent')));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const ids = new Set(answers.map((answer) => (answer.json.contact as { id: string }).id));
    expect(ids.size).toBe(1);
    expect(harness.sandbox.count('POST /contacts')).toBe(1);
    expect(answers.filter((answer) => answer.headers.get('idempotent-replayed') === 'true')).toHaveLength(5);
  });

  it("keeps a read's answer for its key, but not one larger than maxKeptReadBytes: that read runs again", async () => {
    const read = { resource: 'contact', operation: 'get', contactId: seedContactIds.amara };
    const kept = await start();
    await run(kept, read, 'read-1');
    expect((await run(kept, read, 'read-1')).headers.get('idempotent-replayed')).toBe('true');
    expect(kept.sandbox.count('GET /contacts/:id')).toBe(1);

    const small = await start({ proxy: { idempotency: { maxKeptReadBytes: 200 } } });
    const first = await run(small, read, 'read-2');
    expect(JSON.stringify(first.json).length).toBeGreaterThan(200);
    const again = await run(small, read, 'read-2');
    expect(again).toMatchObject({ status: 200, json: first.json });
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(small.sandbox.count('GET /contacts/:id')).toBe(2);
    // A write's answer is kept whatever its size.
    const config = createContact();
    await run(small, config, 'write-1');
    expect((await run(small, config, 'write-1')).headers.get('idempotent-replayed')).toBe('true');
    expect(small.sandbox.count('POST /contacts')).toBe(1);
  });

  it('refuses the same key with a different config with 422 and a clear error, calling nothing', async () => {
    const harness = await start();
    await run(harness, createContact(), 'run-conflict');
    const other = await run(harness, createContact(), 'run-conflict');
    expect(other.status).toBe(422);
    expect(other.json).toEqual({
      success: false,
      error: 'This Idempotency-Key was already used for a run with a different config (another operation or other values): a different run needs a new key.',
    });
    expect(harness.sandbox.count('POST /contacts')).toBe(1);
  });

  it("scopes keys per tenant: one tenant's key never returns another's outcome", async () => {
    const harness = await start({ proxy: { authenticate: bearerKeysAuthenticator({ default: HARNESS_API_KEY, globex: GLOBEX_KEY }) } });
    await harness.proxy.connect('globex', { accessToken: harness.sandbox.token, region: 'us' });
    const config = createContact();
    const acme = await run(harness, config, 'shared-key');
    const globex = await run(harness, config, 'shared-key', GLOBEX_KEY);
    expect(globex.headers.get('idempotent-replayed')).toBeNull();
    expect(harness.sandbox.count('POST /contacts')).toBe(2);
    // Each tenant's own repeat gets its own outcome.
    expect((await run(harness, config, 'shared-key', GLOBEX_KEY)).json).toEqual(globex.json);
    expect((await run(harness, config, 'shared-key')).json).toEqual(acme.json);
    expect(harness.sandbox.count('POST /contacts')).toBe(2);
  });

  it('refuses a malformed key with 400 before anything runs', async () => {
    const harness = await start();
    for (const key of ['has space', 'k'.repeat(256), 'semi;colon', '"quoted"']) {
      const answer = await run(harness, createContact(), key);
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({ success: false, error: expect.stringMatching(/^The Idempotency-Key header must be 1 to 255 characters/) as unknown });
    }
    expect(harness.sandbox.count('POST /contacts')).toBe(0);
  });

  it('keeps no outcome when nothing reached Intercom: after connecting, the same key runs', async () => {
    const harness = await start({ accessToken: null });
    const config = createContact();
    expect((await run(harness, config, 'run-before-connect')).status).toBe(409);
    await harness.setAccessToken(harness.sandbox.token);
    const after = await run(harness, config, 'run-before-connect');
    expect(after).toMatchObject({ status: 200, json: { success: true } });
    expect(harness.sandbox.count('POST /contacts')).toBe(1);
  });

  it("keeps no outcome when Intercom refused for its rate limit: the host's retry of the run is sent", async () => {
    const harness = await start();
    harness.sandbox.faults.add({ route: 'POST /contacts', kind: 'rate_limit', count: 1, resetInSeconds: 1 });
    const config = createContact();
    expect((await run(harness, config, 'run-429')).json).toMatchObject({ success: false });
    const retry = await run(harness, config, 'run-429');
    expect(retry.json).toMatchObject({ success: true });
    expect(harness.sandbox.count('POST /contacts')).toBe(2);
  });

  it("keeps a write's time-out as its outcome: a retry is told to check Intercom rather than create again", async () => {
    const harness = await start({ proxy: { timeoutMs: 200 } });
    harness.sandbox.faults.add({ route: 'POST /contacts', kind: 'latency', delayMs: 600, count: 1 });
    const config = createContact();
    const first = await run(harness, config, 'run-timeout');
    expect(first.status).toBe(504);
    const retry = await run(harness, config, 'run-timeout');
    expect(retry).toMatchObject({ status: 504, json: first.json });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(harness.sandbox.count('POST /contacts')).toBe(1);
  });

  it('keeps the key of a run that outlasts its lease (the claim is renewed while it runs)', async () => {
    // The lease leaves room for a busy machine's pauses between renewals (every 200 ms); the run lasts several leases.
    const harness = await start({ proxy: { timeoutMs: 5000, idempotency: { leaseMs: 600, waitMs: 20_000 } } });
    harness.sandbox.faults.add({ route: 'POST /contacts', kind: 'latency', delayMs: 1500, count: 1 });
    const config = createContact();
    const first = run(harness, config, 'run-slow');
    // The repeat arrives while the first run is at Intercom, well past a lease that was never renewed.
    while (harness.sandbox.count('POST /contacts') === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const repeat = await run(harness, config, 'run-slow');
    expect((await first).json).toMatchObject({ success: true });
    expect(repeat.json).toEqual((await first).json);
    expect(harness.sandbox.count('POST /contacts')).toBe(1);
  });

  it('answers 409 with Retry-After when the same run is still in progress after the wait', async () => {
    const store = createMemoryIdempotencyStore();
    const harness = await start({ proxy: { idempotency: { store, waitMs: 100 } } });
    const config = createContact();
    // Another instance holds the key and is still running.
    await store.claim(scopedIdempotencyKey('default', 'run-busy'), configFingerprint(config), 60_000);
    const answer = await run(harness, config, 'run-busy');
    expect(answer.status).toBe(409);
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(answer.json).toEqual({ success: false, error: expect.stringMatching(/^A run with this Idempotency-Key is still in progress/) as unknown });
    expect(harness.sandbox.count('POST /contacts')).toBe(0);
  });

  it('runs a key whose holder died once its lease ends', async () => {
    const store = createMemoryIdempotencyStore();
    const harness = await start({ proxy: { idempotency: { store, waitMs: 20_000 } } });
    const config = createContact();
    await store.claim(scopedIdempotencyKey('default', 'run-orphan'), configFingerprint(config), 150);
    const answer = await run(harness, config, 'run-orphan');
    expect(answer.json).toMatchObject({ success: true });
    expect(harness.sandbox.count('POST /contacts')).toBe(1);
  });

  describe('while the store is unreachable', () => {
    const hanging: IdempotencyStore = {
      claim: () => new Promise(() => undefined),
      renew: () => new Promise(() => undefined),
      complete: () => new Promise(() => undefined),
      release: () => new Promise(() => undefined),
    };
    const failing: IdempotencyStore = {
      claim: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')),
      renew: () => Promise.reject(new Error('down')),
      complete: () => Promise.reject(new Error('down')),
      release: () => Promise.reject(new Error('down')),
    };

    it.each([
      ['fails', failing],
      ['never answers', hanging],
    ])('refuses a write with a key with 503 and Retry-After when the store %s, and runs one without a key', async (_how, store) => {
      const harness = await start({ proxy: { idempotency: { store, storeTimeoutMs: 100, unavailableRetryAfterMs: 5000 } } });
      const refused = await run(harness, createContact(), 'run-store-down');
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(refused.json).toEqual({ success: false, error: expect.stringMatching(/^The proxy cannot check this run's Idempotency-Key right now/) as unknown });
      expect(harness.sandbox.count('POST /contacts')).toBe(0);
      expect((await run(harness, createContact(), undefined)).json).toMatchObject({ success: true });
      expect(harness.sandbox.count('POST /contacts')).toBe(1);
    });

    it('runs a read with a key: reading twice changes nothing', async () => {
      const harness = await start({ proxy: { idempotency: { store: failing } } });
      const answer = await run(harness, { resource: 'admin', operation: 'list' }, 'run-read');
      expect(answer).toMatchObject({ status: 200, json: { success: true } });
      expect(harness.logs.some((line) => line.includes('idempotency store unreachable'))).toBe(true);
    });
  });
});

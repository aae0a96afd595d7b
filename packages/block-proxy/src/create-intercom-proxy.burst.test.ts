import { describe, expect, it } from 'vitest';
import type { BlockOutputs, IntercomConfig } from '@workflow-blocks/block-core';
import { seedContactIds, seedConversationIds } from '@workflow-blocks/intercom-sandbox';
import { harnessClients, startProxyHarness, type ProxyHarness } from './test-support/proxy-harness.js';

/** The sandbox's limit: like Intercom's 10-second windows, scaled down to 1 s so the test is quick. */
const SANDBOX_LIMIT = { limit: 250, windowSeconds: 1 };

describe.each(harnessClients)('with the %s client', (client) => {
  describe('a burst of concurrent runs', () => {
    it('completes 500 runs (reads and writes) with nothing lost, duplicated or rate limited', async () => {
      const harness = await startProxyHarness({
        client,
        sandbox: { rateLimit: SANDBOX_LIMIT },
        // Waits sized for a busy 2-core CI machine, where 500 runs share the cores with other test files.
        proxy: { rateLimit: { requestsPerWindow: 230, windowMs: 1000, maxConcurrent: 20, maxQueueWaitMs: 90_000 } },
        transportTimeoutMs: 90_000,
      });
      try {
        const runs: IntercomConfig[] = [];
        for (let i = 0; i < 500; i += 1) {
          const kind = i % 5;
          if (kind === 0) runs.push({ resource: 'contact', operation: 'create', role: 'lead', email: `burst-${i}@example.com` });
          else if (kind === 1) runs.push({ resource: 'conversation', operation: 'reply', conversationId: seedConversationIds.invoiceQuestion, message: `burst ${i}`, replyType: 'note' });
          else if (kind === 2) runs.push({ resource: 'contact', operation: 'get', contactId: seedContactIds.sofia });
          else if (kind === 3) runs.push({ resource: 'contact', operation: 'list', perPage: 5 });
          else runs.push({ resource: 'admin', operation: 'list' });
        }
        const started = Date.now();
        const outputs: BlockOutputs[] = await Promise.all(runs.map((config) => harness.transport.execute(config)));
        const elapsed = Date.now() - started;

        expect(outputs.filter((o) => !o.success).map((o) => o.error)).toEqual([]);
        const createdIds = outputs.filter((_o, i) => i % 5 === 0).map((o) => (o.contact as { id: string }).id);
        expect(new Set(createdIds).size).toBe(100);

        const sent = harness.sandbox.seen.filter((seen) => seen.path !== '/me');
        expect(sent).toHaveLength(500);
        expect(sent.filter((seen) => seen.status === 429)).toHaveLength(0);
        expect(harness.sandbox.count('POST /conversations/:id/reply')).toBe(100);
        // 500 requests at 230 per second need at least two windows; far more means runs were stuck.
        expect(elapsed).toBeGreaterThan(1500);
        expect(elapsed).toBeLessThan(90_000);
      } finally {
        await harness.close();
      }
    }, 120_000);

    it("adapts to Intercom's X-RateLimit headers when configured above the real limit", async () => {
      const harness = await startProxyHarness({
        client,
        sandbox: { rateLimit: { limit: 60, windowSeconds: 1 } },
        proxy: { rateLimit: { requestsPerWindow: 10_000, windowMs: 1000, maxConcurrent: 10 } },
      });
      try {
        const outputs = await Promise.all(Array.from({ length: 150 }, () => harness.transport.execute({ resource: 'admin', operation: 'list' })));
        expect(outputs.every((o) => o.success)).toBe(true);
        const limited = harness.sandbox.seen.filter((seen) => seen.status === 429).length;
        // Without adapting, 90 of the first 150 would be refused; only requests already in flight may be.
        expect(limited).toBeLessThanOrEqual(10);
      } finally {
        await harness.close();
      }
    }, 30_000);
  });
});

describe('a bounded queue', () => {
  const contactGet = JSON.stringify({ config: { resource: 'contact', operation: 'get', contactId: seedContactIds.sofia } });
  const post = (harness: ProxyHarness) => harness.call('/v1/intercom/execute', { method: 'POST', body: contactGet, headers: { 'Content-Type': 'application/json' } });

  it('answers 503 with Retry-After beyond maxQueued, and every queued run is answered', async () => {
    const harness = await startProxyHarness({ proxy: { rateLimit: { maxConcurrent: 1, maxQueued: 3 } } });
    try {
      harness.sandbox.faults.add({ route: 'GET /contacts/:id', kind: 'latency', delayMs: 1000, count: 8 });
      const answers = await Promise.all(Array.from({ length: 8 }, () => post(harness)));
      const served = answers.filter((answer) => answer.status === 200);
      const refused = answers.filter((answer) => answer.status === 503);
      expect(served).toHaveLength(4);
      expect(refused).toHaveLength(4);
      for (const answer of served) expect(answer.json).toMatchObject({ success: true });
      for (const answer of refused) {
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(answer.json).toEqual({ success: false, error: expect.stringMatching(/^The proxy has too many calls to Intercom waiting; try again in \d+ s\.$/) as unknown });
      }
      expect(harness.sandbox.count('GET /contacts/:id')).toBe(4);
    } finally {
      await harness.close();
    }
  }, 30_000);

  it('answers 503 with Retry-After to a run that waited maxQueueWaitMs, and sends it never', async () => {
    const harness = await startProxyHarness({ proxy: { rateLimit: { maxConcurrent: 1, maxQueueWaitMs: 200 } } });
    try {
      harness.sandbox.faults.add({ route: 'GET /contacts/:id', kind: 'latency', delayMs: 800, count: 3 });
      const answers = await Promise.all(Array.from({ length: 3 }, () => post(harness)));
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 503, 503]);
      const expired = answers.filter((answer) => answer.status === 503);
      for (const answer of expired) {
        expect(answer.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
        expect((answer.json as { error: string }).error).toMatch(/^The proxy could not call Intercom in time/);
      }
      expect(harness.sandbox.count('GET /contacts/:id')).toBe(1);
      // The block's client reports it as a failed run in the proxy's words.
      harness.sandbox.faults.add({ route: 'GET /admins', kind: 'latency', delayMs: 800, count: 2 });
      const outputs = await Promise.all([1, 2].map(() => harness.transport.execute({ resource: 'admin', operation: 'list' })));
      expect(outputs.map((o) => o.success).sort()).toEqual([false, true]);
      expect(outputs.find((o) => !o.success)?.error).toMatch(/^The proxy could not call Intercom in time/);
    } finally {
      await harness.close();
    }
  }, 30_000);
});

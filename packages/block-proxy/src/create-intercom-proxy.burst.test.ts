import { describe, expect, it } from 'vitest';
import type { BlockOutputs, IntercomConfig } from '@workflow-blocks/block-core';
import { seedContactIds, seedConversationIds } from '@workflow-blocks/intercom-sandbox';
import { harnessClients, startProxyHarness } from './test-support/proxy-harness.js';

/** The sandbox's limit: like Intercom's 10-second windows, scaled down to 1 s so the test is quick. */
const SANDBOX_LIMIT = { limit: 250, windowSeconds: 1 };

describe.each(harnessClients)('with the %s client', (client) => {
  describe('a burst of concurrent runs', () => {
    it('completes 500 runs (reads and writes) with nothing lost, duplicated or rate limited', async () => {
      const harness = await startProxyHarness({
        client,
        sandbox: { rateLimit: SANDBOX_LIMIT },
        proxy: { rateLimit: { requestsPerWindow: 230, windowMs: 1000, maxConcurrent: 20 } },
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
        expect(elapsed).toBeLessThan(20_000);
      } finally {
        await harness.close();
      }
    }, 30_000);

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

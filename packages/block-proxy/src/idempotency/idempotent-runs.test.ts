import { describe, expect, it } from 'vitest';
import { proxyDefaults } from '../proxy-options.js';
import type { IdempotencyStore, StoredAnswer } from './idempotency-store.js';
import { IdempotentRuns } from './idempotent-runs.js';
import { createMemoryIdempotencyStore } from './memory-idempotency-store.js';

const answer: StoredAnswer = { status: 200, body: '{"success":true}', success: true };

/** The memory store, with each `complete` held until the test lets it through. */
function storeWithHeldCompletes() {
  const inner = createMemoryIdempotencyStore();
  const held: (() => void)[] = [];
  const store: IdempotencyStore = {
    ...inner,
    complete: (...args) => new Promise((resolve) => held.push(() => resolve(inner.complete(...args)))),
  };
  return { store, letThrough: () => held.splice(0).forEach((release) => release()), held };
}

const runs = (store: IdempotencyStore) => new IdempotentRuns(store, { ...proxyDefaults.idempotency, waitMs: 5_000 }, () => undefined);

describe('IdempotentRuns', () => {
  it("answers a read while its answer is being kept; a repeat meanwhile waits for it and replays it", async () => {
    const { store, letThrough, held } = storeWithHeldCompletes();
    const idempotent = runs(store);
    let calls = 0;
    const run = () => {
      calls += 1;
      return Promise.resolve({ answer, keep: true });
    };
    expect(await idempotent.run('t:k1', 'f', false, run)).toEqual({ kind: 'ran', answer });
    expect(held).toHaveLength(1);
    const repeat = idempotent.run('t:k1', 'f', false, run);
    await new Promise((resolve) => setTimeout(resolve, 50));
    letThrough();
    expect(await repeat).toEqual({ kind: 'replayed', answer, waited: true });
    expect(calls).toBe(1);
  });

  it("keeps a write's answer before answering, so no repeat can run it again", async () => {
    const { store, letThrough, held } = storeWithHeldCompletes();
    const idempotent = runs(store);
    let answered = false;
    const first = idempotent.run('t:k2', 'f', true, () => Promise.resolve({ answer, keep: true })).then((outcome) => {
      answered = true;
      return outcome;
    });
    await expect.poll(() => held.length).toBe(1);
    expect(answered).toBe(false);
    letThrough();
    expect(await first).toEqual({ kind: 'ran', answer });
  });

  it('tells a run that waited for another with its key, so it reads anew what it read before the wait', async () => {
    const { store, letThrough } = storeWithHeldCompletes();
    const idempotent = runs(store);
    await store.claim('t:k3', 'f', 300);
    const starts: { waited: boolean }[] = [];
    // The first claim expires unrenewed after 300 ms: the repeat then takes the key and runs.
    const outcome = await idempotent.run('t:k3', 'f', false, (start) => {
      starts.push(start);
      return Promise.resolve({ answer, keep: true });
    });
    letThrough();
    expect(outcome).toEqual({ kind: 'ran', answer });
    expect(starts).toEqual([{ waited: true }]);
  });
});

import { describe, expect, it } from 'vitest';
import type { IdempotencyStore, StoredAnswer } from '../idempotency/idempotency-store.js';
import { sleep } from '../sleep.js';

let counter = 0;
/** A key no other test of this run uses, so one Redis can serve every test. */
const key = (name: string) => `contract:${name}:${process.pid}:${(counter += 1)}`;

const answer: StoredAnswer = { status: 200, body: '{"success":true,"contact":{"id":"c1"}}', success: true };
const LONG = 10_000;

/**
 * What every idempotency store must do (memory and Redis run the same tests).
 * @param name - the store's name in the test titles.
 * @param open - the store under test.
 */
export function describeIdempotencyStore(name: string, open: () => IdempotencyStore | Promise<IdempotencyStore>): void {
  describe(`idempotency store: ${name}`, () => {
    it('gives a key to its first claimant and shows the others the run in progress, with its fingerprint', async () => {
      const store = await open();
      const k = key('first');
      const first = await store.claim(k, 'fp-1', LONG);
      expect(first).toEqual({ claimed: true, lease: expect.any(String) as unknown });
      expect(await store.claim(k, 'fp-1', LONG)).toEqual({ claimed: false, record: { state: 'running', fingerprint: 'fp-1' } });
      expect(await store.claim(k, 'fp-2', LONG)).toEqual({ claimed: false, record: { state: 'running', fingerprint: 'fp-1' } });
      expect((await store.claim(key('other'), 'fp-1', LONG)).claimed).toBe(true);
    });

    it("keeps the holder's answer in place of the claim", async () => {
      const store = await open();
      const k = key('complete');
      const claim = await store.claim(k, 'fp-1', LONG);
      if (!claim.claimed) throw new Error('not claimed');
      expect(await store.complete(k, claim.lease, { ...answer, status: 503, success: false, retryAfterMs: 2000 }, LONG)).toBe(true);
      expect(await store.claim(k, 'fp-1', LONG)).toEqual({
        claimed: false,
        record: { state: 'done', fingerprint: 'fp-1', answer: { ...answer, status: 503, success: false, retryAfterMs: 2000 } },
      });
    });

    it('frees a released key for the next claimant', async () => {
      const store = await open();
      const k = key('release');
      const claim = await store.claim(k, 'fp-1', LONG);
      if (!claim.claimed) throw new Error('not claimed');
      await store.release(k, claim.lease);
      expect((await store.claim(k, 'fp-2', LONG)).claimed).toBe(true);
    });

    it('frees the key of a holder that died once its lease ends, and the late holder can no longer touch it', async () => {
      const store = await open();
      const k = key('lease');
      const dead = await store.claim(k, 'fp-1', 50);
      if (!dead.claimed) throw new Error('not claimed');
      await sleep(200);
      const next = await store.claim(k, 'fp-1', LONG);
      if (!next.claimed) throw new Error('the expired claim still holds the key');
      expect(next.lease).not.toBe(dead.lease);
      expect(await store.renew(k, dead.lease, LONG)).toBe(false);
      expect(await store.complete(k, dead.lease, answer, LONG)).toBe(false);
      await store.release(k, dead.lease);
      expect(await store.claim(k, 'fp-1', LONG)).toEqual({ claimed: false, record: { state: 'running', fingerprint: 'fp-1' } });
      expect(await store.complete(k, next.lease, answer, LONG)).toBe(true);
    });

    it('keeps a renewed claim past its first lease', async () => {
      const store = await open();
      const k = key('renew');
      const claim = await store.claim(k, 'fp-1', 1000);
      if (!claim.claimed) throw new Error('not claimed');
      expect(await store.renew(k, claim.lease, LONG)).toBe(true);
      await sleep(1200);
      expect(await store.claim(k, 'fp-1', LONG)).toEqual({ claimed: false, record: { state: 'running', fingerprint: 'fp-1' } });
    });

    it('forgets an answer after its time to live', async () => {
      const store = await open();
      const k = key('ttl');
      const claim = await store.claim(k, 'fp-1', LONG);
      if (!claim.claimed) throw new Error('not claimed');
      await store.complete(k, claim.lease, answer, 50);
      await sleep(200);
      expect((await store.claim(k, 'fp-1', LONG)).claimed).toBe(true);
    });

    it('gives a key to exactly one of many claimants at once', async () => {
      const store = await open();
      const k = key('race');
      const claims = await Promise.all(Array.from({ length: 20 }, () => store.claim(k, 'fp-1', LONG)));
      expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
    });
  });
}

import { expect, it } from 'vitest';
import { describeIdempotencyStore } from '../test-support/idempotency-store-contract.js';
import { createMemoryIdempotencyStore } from './memory-idempotency-store.js';

describeIdempotencyStore('memory', () => createMemoryIdempotencyStore());

it('keeps at most maxKeys keys, dropping the oldest first', async () => {
  const store = createMemoryIdempotencyStore({ maxKeys: 2 });
  await store.claim('a', 'fp', 10_000);
  await store.claim('b', 'fp', 10_000);
  await store.claim('c', 'fp', 10_000);
  expect((await store.claim('a', 'fp', 10_000)).claimed).toBe(true);
  expect((await store.claim('c', 'fp', 10_000)).claimed).toBe(false);
});

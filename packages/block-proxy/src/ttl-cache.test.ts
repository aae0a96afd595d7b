import { describe, expect, it } from 'vitest';
import { createTtlCache, type CacheLoad } from './ttl-cache.js';

function counter(results: CacheLoad<number>[]) {
  let calls = 0;
  const load = () => {
    const result = results[Math.min(calls, results.length - 1)];
    calls += 1;
    return Promise.resolve(result ?? { ok: false as const, error: 'none' });
  };
  return { load, calls: () => calls };
}

describe('createTtlCache', () => {
  it('loads once while fresh and again after the TTL', async () => {
    let now = 0;
    const source = counter([{ ok: true, value: 1 }, { ok: true, value: 2 }]);
    const cache = createTtlCache(30_000, source.load, () => now);
    expect(await cache.get()).toEqual({ ok: true, value: 1 });
    now = 29_999;
    expect(await cache.get()).toEqual({ ok: true, value: 1 });
    now = 30_000;
    expect(await cache.get()).toEqual({ ok: true, value: 2 });
    expect(source.calls()).toBe(2);
  });

  it('shares one load between concurrent callers', async () => {
    const source = counter([{ ok: true, value: 7 }]);
    const cache = createTtlCache(1000, source.load);
    const results = await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(results.every((r) => r.ok && r.value === 7)).toBe(true);
    expect(source.calls()).toBe(1);
  });

  it('does not keep failures, and clear() forgets a kept value', async () => {
    const source = counter([{ ok: false, error: 'down' }, { ok: true, value: 3 }, { ok: true, value: 4 }]);
    const cache = createTtlCache(60_000, source.load);
    expect(await cache.get()).toEqual({ ok: false, error: 'down' });
    expect(await cache.get()).toEqual({ ok: true, value: 3 });
    cache.clear();
    expect(await cache.get()).toEqual({ ok: true, value: 4 });
  });
});

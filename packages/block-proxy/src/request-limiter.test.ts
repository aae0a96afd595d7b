import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LimiterBusyError, RequestLimiter } from './request-limiter.js';

/** Acquires n slots and records when each was granted (fake time). */
function grantTimes(limiter: RequestLimiter, n: number, holdMs = 0): number[] {
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    void limiter.acquire().then((release) => {
      times.push(Date.now());
      if (holdMs === 0) release();
      else setTimeout(release, holdMs);
    });
  }
  return times;
}

describe('RequestLimiter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('spreads a burst over sliding windows', async () => {
    const limiter = new RequestLimiter({ requestsPerWindow: 3, windowMs: 1000, maxConcurrent: 100 });
    const times = grantTimes(limiter, 7);
    await vi.advanceTimersByTimeAsync(5000);
    expect(times.map((t) => t - 1_000_000)).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
  });

  it('keeps at most maxConcurrent slots out at once', async () => {
    const limiter = new RequestLimiter({ requestsPerWindow: 100, windowMs: 1000, maxConcurrent: 2 });
    const times = grantTimes(limiter, 5, 100);
    await vi.advanceTimersByTimeAsync(1000);
    expect(times.map((t) => t - 1_000_000)).toEqual([0, 0, 100, 100, 200]);
  });

  it("lowers its budget to Intercom's X-RateLimit-Limit", async () => {
    const limiter = new RequestLimiter({ requestsPerWindow: 100, windowMs: 1000, maxConcurrent: 100 });
    limiter.observe({ limit: 2 });
    const times = grantTimes(limiter, 4);
    await vi.advanceTimersByTimeAsync(3000);
    expect(times.map((t) => t - 1_000_000)).toEqual([0, 0, 1000, 1000]);
  });

  it('pauses until the reset when Intercom says nothing remains', async () => {
    const limiter = new RequestLimiter({ requestsPerWindow: 100, windowMs: 1000, maxConcurrent: 100 });
    limiter.observe({ remaining: 0, resetAtMs: Date.now() + 2500 });
    const times = grantTimes(limiter, 2);
    await vi.advanceTimersByTimeAsync(3000);
    expect(times.map((t) => t - 1_000_000)).toEqual([2500, 2500]);
  });

  it('caps a pause at maxPauseMs (a skewed or far-off reset)', async () => {
    const limiter = new RequestLimiter({ requestsPerWindow: 100, windowMs: 1000, maxConcurrent: 100, maxPauseMs: 500 });
    limiter.pauseUntil(Date.now() + 3_600_000);
    const times = grantTimes(limiter, 1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(times.map((t) => t - 1_000_000)).toEqual([500]);
  });

  it('lets a waiting caller leave the queue', async () => {
    const limiter = new RequestLimiter({ requestsPerWindow: 1, windowMs: 1000, maxConcurrent: 100 });
    const first = await limiter.acquire();
    first();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    expect(limiter.waiting).toBe(1);
    controller.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    expect(limiter.waiting).toBe(0);
  });

  it('refuses a request beyond maxQueued at once, with when to try again, and keeps the queued ones', async () => {
    const limiter = new RequestLimiter({ requestsPerWindow: 100, windowMs: 1000, maxConcurrent: 1, maxQueued: 2 });
    const held = await limiter.acquire();
    const queued = [limiter.acquire(), limiter.acquire()];
    const refused = await limiter.acquire().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LimiterBusyError);
    expect(refused).toMatchObject({ reason: 'full', retryAfterMs: 1000 });
    expect(limiter.waiting).toBe(2);
    held();
    (await queued[0])?.();
    (await queued[1])?.();
    expect(limiter.waiting).toBe(0);
  });

  it('refuses a request still waiting after maxQueueWaitMs, with the pause left as when to try again', async () => {
    const limiter = new RequestLimiter({ requestsPerWindow: 100, windowMs: 1000, maxConcurrent: 100, maxQueueWaitMs: 300 });
    limiter.pauseUntil(Date.now() + 5000);
    const waiting = limiter.acquire().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(299);
    expect(limiter.waiting).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await waiting).toMatchObject({ name: 'LimiterBusyError', reason: 'expired', retryAfterMs: 4700 });
    expect(limiter.waiting).toBe(0);
  });

  it('does not expire a request that got its slot in time', async () => {
    const limiter = new RequestLimiter({ requestsPerWindow: 1, windowMs: 200, maxConcurrent: 100, maxQueueWaitMs: 300 });
    (await limiter.acquire())();
    const second = limiter.acquire();
    await vi.advanceTimersByTimeAsync(1000);
    await expect(second).resolves.toBeTypeOf('function');
  });

  it('refuses a nonsensical configuration', () => {
    expect(() => new RequestLimiter({ requestsPerWindow: 0, windowMs: 1000, maxConcurrent: 1 })).toThrow(/requestsPerWindow/);
    expect(() => new RequestLimiter({ requestsPerWindow: 1, windowMs: 1000, maxConcurrent: 1, maxQueued: 0 })).toThrow(/maxQueued/);
  });
});

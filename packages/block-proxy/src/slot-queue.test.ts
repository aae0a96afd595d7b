import { describe, expect, it } from 'vitest';
import { LimiterBusyError } from './request-limiter.js';
import { SlotQueue } from './slot-queue.js';

const queue = (options: { maxQueued?: number; maxQueueWaitMs?: number } = {}) => {
  let released = 0;
  const slots = new SlotQueue({ maxQueued: options.maxQueued ?? 10, maxQueueWaitMs: options.maxQueueWaitMs ?? 10_000, retryAfterMs: () => 2_000, onRelease: () => (released += 1) });
  return { slots, released: () => released };
};

describe('SlotQueue', () => {
  it('gives slots first come, first served, and counts each until it is released once', async () => {
    const { slots, released } = queue();
    const order: number[] = [];
    const first = slots.enter().then((release) => (order.push(1), release));
    const second = slots.enter().then((release) => (order.push(2), release));
    expect(slots.waiting).toBe(2);
    expect(slots.giveNext()).toBe(true);
    expect(slots.giveNext()).toBe(true);
    expect(slots.giveNext()).toBe(false);
    const releases = await Promise.all([first, second]);
    expect(order).toEqual([1, 2]);
    expect(slots.inFlight).toBe(2);
    releases[0]();
    releases[0]();
    expect(slots.inFlight).toBe(1);
    expect(released()).toBe(1);
  });

  it('refuses at once when full or already left, and answers a waiter that gives up or waits too long', async () => {
    const { slots } = queue({ maxQueued: 1, maxQueueWaitMs: 30 });
    const gone = new AbortController();
    gone.abort(new Error('caller left'));
    await expect(slots.enter(gone.signal)).rejects.toThrow('caller left');
    const waiting = slots.enter();
    await expect(slots.enter()).rejects.toMatchObject({ reason: 'full', retryAfterMs: 2_000 });
    await expect(waiting).rejects.toBeInstanceOf(LimiterBusyError);
    expect(slots.waiting).toBe(0);
    const leaving = new AbortController();
    const left = slots.enter(leaving.signal);
    leaving.abort(new Error('caller went away'));
    await expect(left).rejects.toThrow('caller went away');
    expect(slots.giveNext()).toBe(false);
  });
});

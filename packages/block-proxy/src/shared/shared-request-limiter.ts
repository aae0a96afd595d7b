import type { RateLimitInfo } from '../rate-limit-headers.js';
import type { CallLimiter, ReleaseSlot, RequestLimiterOptions } from '../request-limiter.js';
import { SlotQueue } from '../slot-queue.js';
import type { SharedRateLimitGrant, SharedRateLimitRule, SharedRateLimits } from './shared-state.js';
import { StartReserve } from './start-reserve.js';

export interface SharedRequestLimiterOptions extends RequestLimiterOptions {
  shared: SharedRateLimits;
  /** The workspace whose limit this is (its Intercom app id), the same on every instance. */
  key: string;
  /** After the shared state failed, how long this instance uses its fallback share before asking again. Default 1,000 ms. */
  retrySharedAfterMs?: number;
  /**
   * How long spare starts, asked for ahead of need, stay usable (`SpareStarts`): as many as this instance started
   * in that time, so a steady stream of calls asks the shared state about once per hold instead of once per call.
   * It also bounds how long this instance may go on starting calls after another learned the window is spent.
   * 0 asks for every start as it comes. Default 200 ms.
   */
  spareHoldMs?: number;
  log?: (line: string) => void;
}


/**
 * One Intercom workspace's limiter on one instance, with the window counted across instances: the instance's
 * own FIFO queue and concurrency cap, and every call start counted in the shared window (`SharedRateLimits`,
 * atomically), which also carries Intercom's `X-RateLimit-Limit` and any pause until its reset, so when one
 * instance learns the window is spent the others wait too. While the shared state is unreachable it counts
 * alone with its fallback share of the limit, and asks the shared state again after `retrySharedAfterMs`.
 */
export class SharedRequestLimiter implements CallLimiter {
  private readonly options: Required<Omit<SharedRequestLimiterOptions, 'now' | 'log'>>;
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  private readonly rule: SharedRateLimitRule;
  private readonly slots: SlotQueue;
  /** This instance's own starts, for the fallback share. */
  private readonly started: number[] = [];
  private pausedUntil = 0;
  private headerLimit = Number.POSITIVE_INFINITY;
  private sharedLimit: number | undefined;
  private sharedLimitAt = 0;
  private pumping = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sharedDownUntil = 0;
  private mode: 'shared' | 'fallback' = 'shared';
  private readonly reserve = new StartReserve();
  private refilling = false;

  constructor(options: SharedRequestLimiterOptions) {
    for (const key of ['requestsPerWindow', 'windowMs', 'maxConcurrent'] as const) {
      if (!Number.isFinite(options[key]) || options[key] < 1) throw new Error(`Rate limit ${key} must be a number of at least 1.`);
    }
    this.options = { maxPauseMs: 60_000, maxQueued: 1_000, maxQueueWaitMs: 15_000, retrySharedAfterMs: 1_000, spareHoldMs: 200, ...options };
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => undefined);
    this.rule = { requestsPerWindow: options.requestsPerWindow, windowMs: options.windowMs };
    this.slots = new SlotQueue({ ...this.options, retryAfterMs: () => this.retryAfterMs(), onRelease: () => this.wake() });
  }

  acquire(signal?: AbortSignal): Promise<ReleaseSlot> {
    const slot = this.slots.enter(signal);
    this.wake();
    return slot;
  }

  observe(info: RateLimitInfo): void {
    if (info.limit !== undefined && info.limit >= 1) {
      this.headerLimit = info.limit;
      // Shared when it changes, and once a window so it does not expire in the shared state.
      const now = this.now();
      if (this.sharedLimit !== info.limit || now - this.sharedLimitAt >= this.options.windowMs) {
        this.sharedLimit = info.limit;
        this.sharedLimitAt = now;
        this.share({ limit: info.limit });
      }
    }
    if (info.remaining !== undefined && info.resetAtMs !== undefined && info.remaining <= this.slots.inFlight) this.pauseUntil(info.resetAtMs);
    this.wake();
  }

  pauseUntil(epochMs: number): void {
    const capped = Math.min(epochMs, this.now() + this.options.maxPauseMs);
    if (capped > this.pausedUntil) {
      this.pausedUntil = capped;
      // Counted, but the window is spent by Intercom's count: none of them may start now.
      this.reserve.clear();
      this.share({ pausedUntil: capped });
    }
    this.wake();
  }

  get waiting(): number {
    return this.slots.waiting;
  }

  /** Tells the other instances; when the shared state is down this instance still keeps it itself. */
  private share(seen: { limit?: number; pausedUntil?: number }): void {
    if (this.now() < this.sharedDownUntil) return;
    this.options.shared.observe(this.options.key, seen, this.rule).catch(() => undefined);
  }

  private retryAfterMs(): number {
    return Math.max(1_000, this.pausedUntil - this.now());
  }

  private wake(): void {
    void this.pump();
  }

  private wakeIn(ms: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.wake();
    }, Math.max(1, ms));
  }

  /**
   * Hands out slots while there are waiters and room: spares first (no round trip), else asked for in batches
   * (one pump at a time), with spares for the next calls when the window has room for them.
   */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.slots.waiting > 0 && this.slots.inFlight < this.options.maxConcurrent) {
        const now = this.now();
        if (this.pausedUntil > now) {
          this.wakeIn(this.pausedUntil - now);
          return;
        }
        const room = Math.min(this.slots.waiting, this.options.maxConcurrent - this.slots.inFlight);
        const spares = this.reserve.take(room, now);
        if (spares > 0) {
          this.giveMany(spares, now);
          this.refill(now);
          continue;
        }
        const grant = await this.take(room, now);
        if (grant.granted === 0) {
          if (this.reserve.size(this.now()) > 0) continue;
          this.wakeIn(grant.waitMs);
          return;
        }
        this.giveMany(grant.granted, now);
      }
    } finally {
      this.pumping = false;
    }
  }

  private giveMany(count: number, now: number): void {
    for (let i = 0; i < count && this.slots.giveNext(); i += 1) this.started.push(now);
  }

  /** Asks for the next spares beside the calls, once half of them are used, so the reserve seldom runs dry. */
  private refill(now: number): void {
    // Calls started on spares ask nothing else: their starts are trimmed here, so they do not pile up.
    this.trim(now);
    const wanted = this.sparesWanted(now);
    if (this.refilling || wanted === 0 || this.reserve.size(now) > wanted / 2 || now < this.sharedDownUntil) return;
    this.refilling = true;
    this.options.shared
      .take(this.options.key, 0, this.rule, now, { count: wanted, holdMs: this.options.spareHoldMs })
      .then(
        (grant) => this.keepSpares(grant, now),
        // The next call's own ask finds out and falls back.
        () => undefined,
      )
      .finally(() => {
        this.refilling = false;
        this.wake();
      });
  }

  /** Spares are usable for their hold from when they were asked for: the shared state counted them no earlier. */
  private keepSpares(grant: SharedRateLimitGrant, askedAt: number): void {
    if ((grant.spare ?? 0) > 0 && this.pausedUntil <= this.now()) this.reserve.add(grant.spare ?? 0, askedAt + this.options.spareHoldMs);
  }

  /** As many as this instance started in the last hold: about what the next hold will need. */
  private sparesWanted(now: number): number {
    if (this.options.spareHoldMs <= 0 || this.mode !== 'shared') return 0;
    let recent = 0;
    for (let i = this.started.length - 1; i >= 0 && (this.started[i] ?? 0) > now - this.options.spareHoldMs; i -= 1) recent += 1;
    return recent;
  }


  private async take(count: number, now: number): Promise<SharedRateLimitGrant> {
    this.trim(now);
    if (now >= this.sharedDownUntil) {
      try {
        const wanted = this.sparesWanted(now);
        const grant = await this.options.shared.take(this.options.key, count, this.rule, now, wanted > 0 ? { count: wanted, holdMs: this.options.spareHoldMs } : undefined);
        this.switchTo('shared');
        this.keepSpares(grant, now);
        return grant;
      } catch {
        this.sharedDownUntil = this.now() + this.options.retrySharedAfterMs;
        this.switchTo('fallback');
      }
    }
    return this.fallbackTake(count, this.now());
  }

  /** This instance alone, with its share of the limit (e.g. a third with three instances). */
  private fallbackTake(count: number, now: number): SharedRateLimitGrant {
    this.trim(now);
    const limit = Math.min(this.options.requestsPerWindow, this.headerLimit);
    const budget = Math.max(1, Math.floor(limit * this.options.shared.fallbackShare));
    const free = budget - this.started.length;
    if (free > 0) return { granted: Math.min(free, count), waitMs: 0 };
    const oldestCounted = this.started[this.started.length - budget] ?? now;
    return { granted: 0, waitMs: Math.max(1, oldestCounted + this.options.windowMs - now) };
  }

  private trim(now: number): void {
    let expired = 0;
    while (expired < this.started.length && (this.started[expired] ?? 0) <= now - this.options.windowMs) expired += 1;
    // One splice, not a shift per start: a busy window holds thousands.
    if (expired > 0) this.started.splice(0, expired);
  }

  private switchTo(mode: 'shared' | 'fallback'): void {
    if (this.mode === mode) return;
    this.mode = mode;
    this.reserve.clear();
    const share = this.options.shared.fallbackShare;
    this.log(
      mode === 'fallback'
        ? `rate limit of ${this.options.key}: the shared state is unreachable; this instance allows itself ${Math.round(share * 100)}% of the limit until it returns`
        : `rate limit of ${this.options.key}: shared again`,
    );
  }
}

import type { RateLimitInfo } from './rate-limit-headers.js';
import { SlotQueue } from './slot-queue.js';

/** How fast the proxy may call Intercom on one connection. */
export interface RequestLimiterOptions {
  /** Most requests started in any sliding window; Intercom's `X-RateLimit-Limit` can only lower it. */
  requestsPerWindow: number;
  /** Window length; Intercom spreads its limits over 10-second windows. */
  windowMs: number;
  /** Most requests in flight at once, so a burst does not open hundreds of connections. */
  maxConcurrent: number;
  /** Longest pause a header may impose (guards against a far-off or skewed reset time). */
  maxPauseMs?: number;
  /** Most requests waiting at once; one more is refused at once with a `LimiterBusyError`. Default 1,000. */
  maxQueued?: number;
  /** Longest wait for a slot; a request still waiting then is refused with a `LimiterBusyError`. Default 15,000 ms. */
  maxQueueWaitMs?: number;
  now?: () => number;
}

/**
 * Why the limiter gave no slot: its queue was full, or the request waited its longest. Either way the request
 * was never sent, and `retryAfterMs` says when trying again has a chance.
 */
export class LimiterBusyError extends Error {
  override readonly name = 'LimiterBusyError';
  constructor(
    readonly reason: 'full' | 'expired',
    readonly retryAfterMs: number,
  ) {
    super(reason === 'full' ? 'Too many requests are waiting for Intercom.' : 'The request waited too long for Intercom.');
  }
}

/** Gives back the slot taken by `acquire` once the response has been read. */
export type ReleaseSlot = () => void;

/** What the Intercom caller needs of a limiter: this one (per instance) or `SharedRequestLimiter` (across instances). */
export interface CallLimiter {
  acquire(signal?: AbortSignal): Promise<ReleaseSlot>;
  observe(info: RateLimitInfo): void;
  pauseUntil(epochMs: number): void;
  readonly waiting: number;
}


/**
 * A per-connection limiter: a FIFO queue released by a sliding window and a concurrency cap, which also
 * pauses when Intercom says the window is used up (`X-RateLimit-Remaining`/`Reset`) or answers 429.
 * A burst of runs is thereby spread under Intercom's rate instead of provoking 429s. The queue is bounded in
 * length and in wait: a request beyond either is refused with a `LimiterBusyError`, never dropped.
 * @example
 * const limiter = new RequestLimiter({ requestsPerWindow: 166, windowMs: 10_000, maxConcurrent: 10 });
 * const release = await limiter.acquire();
 * try { await fetch(url) } finally { release() }
 */
export class RequestLimiter implements CallLimiter {
  private readonly options: Required<Omit<RequestLimiterOptions, 'now'>>;
  private readonly now: () => number;
  private readonly started: number[] = [];
  private readonly slots: SlotQueue;
  private pausedUntil = 0;
  private headerLimit = Number.POSITIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: RequestLimiterOptions) {
    for (const key of ['requestsPerWindow', 'windowMs', 'maxConcurrent'] as const) {
      if (!Number.isFinite(options[key]) || options[key] < 1) throw new Error(`Rate limit ${key} must be a number of at least 1.`);
    }
    this.options = { maxPauseMs: 60_000, maxQueued: 1_000, maxQueueWaitMs: 15_000, ...options };
    for (const key of ['maxQueued', 'maxQueueWaitMs'] as const) {
      if (!Number.isFinite(this.options[key]) || this.options[key] < 1) throw new Error(`Rate limit ${key} must be a number of at least 1.`);
    }
    this.now = options.now ?? Date.now;
    this.slots = new SlotQueue({ ...this.options, retryAfterMs: () => this.retryAfterMs(), onRelease: () => this.drain() });
  }

  /**
   * Waits for a slot.
   * @param signal - stops waiting (the promise rejects with the signal's reason) when the caller goes away.
   * @returns the function that frees the slot; call it exactly once.
   */
  acquire(signal?: AbortSignal): Promise<ReleaseSlot> {
    const slot = this.slots.enter(signal);
    this.drain();
    return slot;
  }

  /**
   * Adapts to Intercom's own view of the window (call it after releasing the answer's slot): never exceed
   * its limit, and stop until the reset when what remains will be used up by the requests still in flight.
   */
  observe(info: RateLimitInfo): void {
    if (info.limit !== undefined && info.limit >= 1) this.headerLimit = info.limit;
    if (info.remaining !== undefined && info.resetAtMs !== undefined && info.remaining <= this.slots.inFlight) {
      this.pauseUntil(info.resetAtMs);
    }
    this.drain();
  }

  /** Holds every new request until the given moment (epoch ms), e.g. after a 429. */
  pauseUntil(epochMs: number): void {
    const capped = Math.min(epochMs, this.now() + this.options.maxPauseMs);
    this.pausedUntil = Math.max(this.pausedUntil, capped);
    this.drain();
  }

  /** When a refused request has a chance: after a pause or the window's next free slot, and not sooner than 1 s. */
  private retryAfterMs(): number {
    return Math.max(1_000, this.delayMs(this.now()));
  }

  /** Requests waiting for a slot (for logs and tests). */
  get waiting(): number {
    return this.slots.waiting;
  }

  private get budget(): number {
    return Math.max(1, Math.min(this.options.requestsPerWindow, this.headerLimit));
  }

  private delayMs(now: number): number {
    while (this.started.length > 0 && (this.started[0] ?? 0) <= now - this.options.windowMs) this.started.shift();
    if (this.pausedUntil > now) return this.pausedUntil - now;
    const budget = this.budget;
    if (this.started.length < budget) return 0;
    const oldestCounted = this.started[this.started.length - budget] ?? now;
    return Math.max(1, oldestCounted + this.options.windowMs - now);
  }

  private drain(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.slots.waiting > 0 && this.slots.inFlight < this.options.maxConcurrent) {
      const now = this.now();
      const wait = this.delayMs(now);
      if (wait > 0) {
        this.timer = setTimeout(() => this.drain(), wait);
        return;
      }
      this.slots.giveNext();
      this.started.push(now);
    }
  }
}

import { LimiterBusyError, type ReleaseSlot } from './request-limiter.js';
import { abortReason } from './sleep.js';

interface Waiter {
  resolve: (release: ReleaseSlot) => void;
  reject: (reason: Error) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
  expiry?: ReturnType<typeof setTimeout>;
}

export interface SlotQueueOptions {
  maxQueued: number;
  maxQueueWaitMs: number;
  /** The `Retry-After` of a request refused for a full queue or a wait too long. */
  retryAfterMs: () => number;
  /** A slot came back: the limiter may hand out the next. */
  onRelease: () => void;
}

/**
 * The waiting side of a limiter (one instance's or the shared one): a FIFO queue bounded in length and in wait,
 * where no waiter is ever dropped without an answer, and the slots handed out, counted until released. The
 * limiter decides when a slot may be given; this only queues, gives and takes back.
 */
export class SlotQueue {
  private readonly waiters: Waiter[] = [];
  private given = 0;

  constructor(private readonly options: SlotQueueOptions) {}

  /** Requests waiting for a slot. */
  get waiting(): number {
    return this.waiters.length;
  }

  /** Slots given and not yet released. */
  get inFlight(): number {
    return this.given;
  }

  /**
   * Queues a request; refused at once when the queue is full or the caller already left.
   * @param signal - stops waiting (the promise rejects with the signal's reason) when the caller goes away.
   */
  enter(signal?: AbortSignal): Promise<ReleaseSlot> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (this.waiters.length >= this.options.maxQueued) return Promise.reject(new LimiterBusyError('full', this.options.retryAfterMs()));
    return new Promise<ReleaseSlot>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject };
      if (signal) {
        waiter.signal = signal;
        waiter.onAbort = () => this.leave(waiter, abortReason(signal));
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      waiter.expiry = setTimeout(() => this.leave(waiter, new LimiterBusyError('expired', this.options.retryAfterMs())), this.options.maxQueueWaitMs);
      this.waiters.push(waiter);
    });
  }

  /** Gives the first waiter its slot; false when nobody waits. */
  giveNext(): boolean {
    const waiter = this.waiters.shift();
    if (!waiter) return false;
    this.forget(waiter);
    this.given += 1;
    let released = false;
    waiter.resolve(() => {
      if (released) return;
      released = true;
      this.given -= 1;
      this.options.onRelease();
    });
    return true;
  }

  /** Takes a waiter out of the queue and tells it why. */
  private leave(waiter: Waiter, reason: Error): void {
    const index = this.waiters.indexOf(waiter);
    if (index < 0) return;
    this.waiters.splice(index, 1);
    this.forget(waiter);
    waiter.reject(reason);
  }

  private forget(waiter: Waiter): void {
    if (waiter.signal && waiter.onAbort) waiter.signal.removeEventListener('abort', waiter.onAbort);
    clearTimeout(waiter.expiry);
  }
}

import { sleep } from '../sleep.js';
import type { IdempotencyStore, StoredAnswer } from './idempotency-store.js';

/** How idempotent runs behave; `proxyDefaults.idempotency` has the defaults. */
export interface IdempotencySettings {
  /** How long a finished run's answer is kept, in ms (`IDEMPOTENCY_TTL_SECONDS` in apps/proxy). */
  ttlMs: number;
  /** How long a claim lives without renewal: a run whose instance died frees its key after this. */
  leaseMs: number;
  /** How long a repeat waits for the same key's run in progress before 409 with `Retry-After`. */
  waitMs: number;
  /** Longest wait for one store call: past it the store counts as unreachable. */
  storeTimeoutMs: number;
  /** The `Retry-After` of a run refused because the store is unreachable, in ms. */
  unavailableRetryAfterMs: number;
  /**
   * Largest read answer kept, in bytes of JSON: a larger one (every page of a search) is not kept and a repeat
   * reads again, which changes nothing. A write's answer is always kept.
   */
  maxKeptReadBytes: number;
}

/** What a run under a key came to. */
export type IdempotentOutcome =
  /** This request ran it. */
  | { kind: 'ran'; answer: StoredAnswer }
  /** A run with the same key and config had finished: its answer, Intercom not called. */
  | { kind: 'replayed'; answer: StoredAnswer; waited: boolean }
  /** The key was used with another config (422). */
  | { kind: 'conflict' }
  /** The same key's run is still going after the wait (409). */
  | { kind: 'in_progress'; retryAfterMs: number }
  /** The store is unreachable and the run is a write: refused rather than risk doing it twice (503). */
  | { kind: 'unavailable'; retryAfterMs: number }
  /** The store is unreachable and the run only reads: it ran without the key (a read repeated changes nothing). */
  | { kind: 'unprotected'; answer: StoredAnswer };

/** How a run under a key came to start. */
export interface RunStart {
  /** It waited for another run with the same key first: anything read before the wait is stale. */
  waited: boolean;
}

/** One run's answer, and whether it stands for the key (Intercom may have acted on it). */
export interface RunResult {
  answer: StoredAnswer;
  /** False when nothing reached Intercom, or Intercom refused before acting (401, 429): a repeat runs again. */
  keep: boolean;
}

/** A store call that did not answer in time. */
class StoreTimeoutError extends Error {}

const FIRST_POLL_MS = 20;
const MAX_POLL_MS = 250;

/**
 * Runs each key once per tenant: the first request with a key claims it (SET NX with a lease, renewed while the
 * run lasts), runs, and stores its answer; a repeat with the same config gets that answer, waits (bounded) while
 * the run is in progress, or is told of a conflict. Every store call is bounded in time.
 */
export class IdempotentRuns {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly settings: IdempotencySettings,
    private readonly log: (line: string) => void,
  ) {}

  /**
   * @param key - the tenant-scoped key (`scopedIdempotencyKey`).
   * @param fingerprint - the resolved config's fingerprint.
   * @param write - whether the run may change Intercom (decides what happens while the store is unreachable).
   * @param run - runs the config; called at most once.
   * @param signal - the caller went away: stop waiting.
   */
  async run(key: string, fingerprint: string, write: boolean, run: (start: RunStart) => Promise<RunResult>, signal?: AbortSignal): Promise<IdempotentOutcome> {
    const deadline = Date.now() + this.settings.waitMs;
    let pollMs = FIRST_POLL_MS;
    let waited = false;
    for (;;) {
      let claim;
      try {
        claim = await this.bounded(this.store.claim(key, fingerprint, this.settings.leaseMs));
      } catch (error) {
        this.log(`idempotency store unreachable (${describe(error)}): ${write ? 'write refused' : 'read runs without its key'}`);
        if (write) return { kind: 'unavailable', retryAfterMs: this.settings.unavailableRetryAfterMs };
        return { kind: 'unprotected', answer: (await run({ waited })).answer };
      }
      if (claim.claimed) return this.runClaimed(key, claim.lease, write, () => run({ waited }));
      const { record } = claim;
      if (record.fingerprint !== fingerprint) return { kind: 'conflict' };
      if (record.state === 'done') return { kind: 'replayed', answer: record.answer, waited };
      const left = deadline - Date.now();
      if (left <= 0 || signal?.aborted) return { kind: 'in_progress', retryAfterMs: 1000 };
      waited = true;
      try {
        await sleep(Math.min(pollMs, left), signal);
      } catch {
        return { kind: 'in_progress', retryAfterMs: 1000 };
      }
      pollMs = Math.min(pollMs * 2, MAX_POLL_MS);
    }
  }

  private async runClaimed(key: string, lease: string, write: boolean, run: () => Promise<RunResult>): Promise<IdempotentOutcome> {
    // Renewed while the run lasts, so a slow run (waiting for the rate limit) keeps its key.
    const renewal = setInterval(() => {
      this.bounded(this.store.renew(key, lease, this.settings.leaseMs))
        .then((held) => {
          if (!held) this.log('idempotency claim lost while its run was in progress (it outlived its lease)');
        })
        .catch((error: unknown) => this.log(`idempotency claim not renewed: ${describe(error)}`));
    }, Math.max(1, Math.floor(this.settings.leaseMs / 3)));
    let result: RunResult;
    try {
      result = await run();
    } catch (error) {
      await this.bounded(this.store.release(key, lease)).catch(() => undefined);
      throw error;
    } finally {
      clearInterval(renewal);
    }
    const settled = this.settle(key, lease, result);
    // A write's answer is kept before it goes back, so a repeat never runs it twice. A read's goes back while it
    // is being kept (the command is already sent): a repeat meanwhile waits for it, and if it is lost a repeat
    // reads again, which changes nothing.
    if (write) await settled;
    return { kind: 'ran', answer: result.answer };
  }

  /** Keeps the answer for repeats, or frees the key when nothing was done; never rejects. */
  private async settle(key: string, lease: string, result: RunResult): Promise<void> {
    try {
      if (!result.keep) {
        await this.bounded(this.store.release(key, lease));
        return;
      }
      const kept = await this.bounded(this.store.complete(key, lease, result.answer, this.settings.ttlMs));
      if (!kept) this.log('idempotency answer not kept: the claim had expired');
    } catch (error) {
      // The run happened: its answer goes back; a repeat after the lease may run again (the README says so).
      this.log(`idempotency answer not kept, the store is unreachable (${describe(error)})`);
    }
  }

  private bounded<T>(call: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new StoreTimeoutError(`no answer within ${this.settings.storeTimeoutMs} ms`)), this.settings.storeTimeoutMs);
    });
    return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'error';
}

/** The answer a run got, kept so that a repeat of the run gets it again. */
export interface StoredAnswer {
  /** The HTTP status the proxy answered with. */
  status: number;
  /** The JSON text of the answer (already stripped of any token). */
  body: string;
  /** The outputs' `success`. */
  success: boolean;
  /** The `Retry-After` the answer carried, in ms. */
  retryAfterMs?: number;
}

/** What a key holds: a run still going on, or the answer a finished run got. */
export type IdempotencyRecord =
  | { state: 'running'; fingerprint: string }
  | { state: 'done'; fingerprint: string; answer: StoredAnswer };

/** A claim: this caller runs (holding `lease` until it completes or releases it), or the key's record. */
export type IdempotencyClaim = { claimed: true; lease: string } | { claimed: false; record: IdempotencyRecord };

/**
 * Where idempotency keys live. Every method is atomic on its key; a claim expires after `leaseMs` unless
 * renewed, so the key of a run whose instance died is free again. Keys arrive already scoped to their tenant.
 * Implementations: `createMemoryIdempotencyStore()` (one instance), the Redis store of
 * `@workflow-blocks/block-proxy/node` (several instances).
 */
export interface IdempotencyStore {
  /** Claims the key for a run when nothing holds it (no record, or an expired claim); else returns its record. */
  claim(key: string, fingerprint: string, leaseMs: number): Promise<IdempotencyClaim>;
  /** Extends a claim this holder still has; false when it has lost it (expired and taken). */
  renew(key: string, lease: string, leaseMs: number): Promise<boolean>;
  /** Replaces the holder's claim with the run's answer, kept `ttlMs`; false when the claim was lost. */
  complete(key: string, lease: string, answer: StoredAnswer, ttlMs: number): Promise<boolean>;
  /** Gives a claim up (nothing reached Intercom): the next request with the key runs. */
  release(key: string, lease: string): Promise<void>;
}

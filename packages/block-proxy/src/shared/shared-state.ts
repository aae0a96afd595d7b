import type { ReconnectMark } from '../connections/connection-store.js';
import type { IdempotencyStore } from '../idempotency/idempotency-store.js';
import type { OAuthStateStore } from '../oauth/oauth-state-store.js';

/**
 * What several proxy instances share (issue 16). Redis implements it (`createRedisSharedState` from
 * `@workflow-blocks/block-proxy/node`); without it every instance keeps its own state in memory. Every method
 * may reject (the shared server is unreachable or slow): callers then fall back, they never hang or crash.
 */
export interface SharedProxyState {
  /** One rate limit per Intercom workspace, whichever instance calls. */
  rateLimits: SharedRateLimits;
  /** Per tenant: the version of its caches and the tokens Intercom rejected. */
  tenants: SharedTenantState;
  /** Pending OAuth states, so the callback may land on any instance (used unless `oauth.states` is given). */
  oauthStates: OAuthStateStore;
  /** Runs' `Idempotency-Key`s and answers, so a repeat may land on any instance (used unless `idempotency.store` is given). */
  idempotency?: IdempotencyStore;
  /** Whether the shared server answers now (for `/v1/intercom/health`). */
  health(): Promise<'up' | 'down'>;
}

/** The window a workspace's calls share, and what Intercom's headers said about it. */
export interface SharedRateLimitRule {
  /** Most calls started in any sliding window, before Intercom's `X-RateLimit-Limit` lowers it. */
  requestsPerWindow: number;
  windowMs: number;
}

/** A grant of call starts: how many were counted, and when none was, how long until one may be. */
export interface SharedRateLimitGrant {
  granted: number;
  waitMs: number;
  /** Spares counted beside them (see `SpareStarts`); none unless asked for. */
  spare?: number;
}

/**
 * Starts asked for ahead of need, so that the next calls start without a round trip. Counted as if made
 * `holdMs` later (so one used up to then never lets the window overfill), and granted only while the window
 * keeps half of its limit free after them: near the limit every start is asked for as it comes.
 */
export interface SpareStarts {
  count: number;
  holdMs: number;
}

export interface SharedRateLimits {
  /**
   * Counts up to `count` call starts in the workspace's window, atomically across instances.
   * @param now - this instance's clock (an implementation may use its own, e.g. Redis's, so that all agree).
   * @param spare - starts to count ahead of need, when the window has room for them.
   * @returns how many were granted (0 while the window is spent or paused, with `waitMs`), and the spares.
   */
  take(key: string, count: number, rule: SharedRateLimitRule, now: number, spare?: SpareStarts): Promise<SharedRateLimitGrant>;
  /** Shares Intercom's view: its `X-RateLimit-Limit`, and a pause until its reset (the window is spent, or a 429). */
  observe(key: string, seen: { limit?: number; pausedUntil?: number }, rule: SharedRateLimitRule): Promise<void>;
  /** While `take` fails, each instance allows itself this share of the limit (1 / the expected instance count). */
  readonly fallbackShare: number;
}

/** What every instance must know about a tenant before using its connection or caches. */
export interface SharedTenantView {
  /** Changes at every connect, disconnect and rejected token: an instance holding another drops its caches. */
  version: string;
  /** Intercom rejected this token (a 401) on some instance. */
  rejected?: ReconnectMark;
}

export interface SharedTenantState {
  /** @param tokenId - `tokenIdOf(tenantId, token)`, never the token. */
  read(tenantId: string, tokenId: string | undefined): Promise<SharedTenantView>;
  /** Intercom rejected this token: every instance refuses it without calling Intercom, and drops its caches. */
  reject(tenantId: string, tokenId: string, mark: ReconnectMark): Promise<void>;
  /** The tenant connected or disconnected: every instance drops its caches; earlier rejections are forgotten. */
  changed(tenantId: string): Promise<void>;
}

import type { ProxyRateLimitOptions } from '@workflow-blocks/block-proxy';
import type { RateLimitOptions } from '@workflow-blocks/intercom-sandbox';

/** Requests in flight at once, for both the proxied and the direct runs. */
export const BENCH_CONCURRENCY = 32;

/** Round trip of one Intercom call for the budgeted rows: the low end for GET /contacts/:id from a server near Intercom's region (a lower figure makes the proxy's share look larger, so a budget met here holds for any slower Intercom). */
export const MODELLED_INTERCOM_LATENCY_MS = 50;

/**
 * For the fleet suite's budget: each call's time spread evenly over `MODELLED_INTERCOM_LATENCY_MS` ± this, as a real
 * service's times spread around their median. With every call taking exactly the same time, 32 closed-loop callers
 * fall into step and arrive in waves, so anything a run waits for (a Redis round trip) waits behind a whole wave.
 */
export const MODELLED_INTERCOM_JITTER_MS = 15;

/**
 * The proxy's limiter must not be what is measured: with its defaults (20 in flight, 1,666 per 10 s, Intercom's
 * documented app limit) it would hold the bench to 166.6 requests/s. It is opened to the bench's concurrency and an
 * unbounded rate.
 */
export const proxyBenchRateLimit: ProxyRateLimitOptions = { requestsPerWindow: 1_000_000_000, windowMs: 10_000, maxConcurrent: BENCH_CONCURRENCY };

/** The sandbox's own Intercom-like limit (1,666 per 10 s) would answer 429 to the direct and proxied runs alike. */
export const sandboxBenchRateLimit: RateLimitOptions = { limit: 1_000_000_000, windowSeconds: 10 };

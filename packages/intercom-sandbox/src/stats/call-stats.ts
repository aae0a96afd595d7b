import type { RateLimitSetting } from '../http/rate-limit.js';

/** Calls counted for one workspace (or for calls whose token named none). */
export interface CallCounts {
  total: number;
  /** By `METHOD /route/:pattern`, e.g. `GET /contacts/:id` (so `POST /contacts` counts the contacts created or tried). */
  routes: Record<string, number>;
  /** Calls answered 429 (the rate limit, or a `rate_limit` fault). */
  rateLimited: number;
}

/** The calls one rate-limit window of a workspace received. */
export interface WindowCounts {
  /** When the window started and ended (epoch ms; the end is exclusive). */
  start: number;
  end: number;
  /** Every call that arrived in it with one of the workspace's tokens, refused or not. */
  requests: number;
  /** Those answered 429. */
  rateLimited: number;
}

/** A workspace's counts, with its rate limit and the windows in which calls arrived. */
export interface WorkspaceCallCounts extends CallCounts {
  rateLimit: RateLimitSetting;
  /** Oldest first; only windows that received a call, at most the last `MAX_WINDOWS`. */
  windows: WindowCounts[];
}

/** `GET /__sandbox/stats`: the calls received since the start or the last reset. */
export interface SandboxStats {
  type: 'sandbox.stats';
  /** By workspace (`app.id_code`): every call made with one of its tokens, revoked ones included. */
  workspaces: Record<string, WorkspaceCallCounts>;
  /** Calls with no token or one the sandbox never issued. */
  unauthenticated: CallCounts;
}

/** How one counted call went, and which window it arrived in (for workspace calls). */
export interface CountedCall {
  route: string;
  status: number;
  window?: { start: number; end: number };
}

/** Windows kept per workspace: ten minutes of 1-second windows. */
export const MAX_WINDOWS = 600;

/** What the stats need to know of a workspace's rate limit. */
export interface RateLimitReader {
  readonly current: RateLimitSetting;
}

const empty = (): CallCounts => ({ total: 0, routes: {}, rateLimited: 0 });

function addCall(counts: CallCounts, call: CountedCall): void {
  counts.total += 1;
  counts.routes[call.route] = (counts.routes[call.route] ?? 0) + 1;
  if (call.status === 429) counts.rateLimited += 1;
}

/** Counts a call in its window, adding the window (in order, dropping the oldest beyond `MAX_WINDOWS`) on its first call. */
function addToWindow(windows: WindowCounts[], at: { start: number; end: number }, status: number): void {
  let window = windows.findLast((w) => w.start === at.start);
  if (!window) {
    window = { start: at.start, end: at.end, requests: 0, rateLimited: 0 };
    windows.push(window);
    windows.sort((a, b) => a.start - b.start);
    if (windows.length > MAX_WINDOWS) windows.splice(0, windows.length - MAX_WINDOWS);
  }
  window.requests += 1;
  if (status === 429) window.rateLimited += 1;
}

/** Counts the calls the sandbox receives, per workspace, route and window, so tests can show what a run called (or didn't). */
export class CallStats {
  private counts = new Map<string, CallCounts & { windows: WindowCounts[] }>();
  private unauthenticated = empty();

  constructor(private readonly rateLimits: ReadonlyMap<string, RateLimitReader>) {
    this.reset();
  }

  count(workspaceId: string | undefined, call: CountedCall): void {
    if (workspaceId === undefined) return addCall(this.unauthenticated, call);
    const counts = this.counts.get(workspaceId);
    if (!counts) return;
    addCall(counts, call);
    if (call.window) addToWindow(counts.windows, call.window, call.status);
  }

  snapshot(): SandboxStats {
    const copy = (c: CallCounts): CallCounts => ({ total: c.total, routes: { ...c.routes }, rateLimited: c.rateLimited });
    return {
      type: 'sandbox.stats',
      workspaces: Object.fromEntries(
        [...this.counts].map(([id, c]): [string, WorkspaceCallCounts] => [
          id,
          { ...copy(c), rateLimit: this.rateLimits.get(id)?.current ?? { requestsPerWindow: 0, windowMs: 0 }, windows: c.windows.map((w) => ({ ...w })) },
        ]),
      ),
      unauthenticated: copy(this.unauthenticated),
    };
  }

  reset(): void {
    this.counts = new Map([...this.rateLimits.keys()].map((id) => [id, { ...empty(), windows: [] }]));
    this.unauthenticated = empty();
  }
}

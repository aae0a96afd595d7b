import { createSandboxApp } from './app.js';
import { TokenRegistry } from './auth/token-registry.js';
import { droppedConnectionError, isDroppedConnectionMarker } from './faults/dropped-connection.js';
import type { FaultInjector } from './faults/fault.js';
import { SandboxFaults } from './faults/fault-injector.js';
import { RateLimitWindow, type RateLimitOptions, type RateLimitSetting } from './http/rate-limit.js';
import { AuthorizationCodes } from './oauth/authorization-codes.js';
import { defaultOAuthApp, type SandboxOAuthApp } from './oauth/oauth-app.js';
import { createSandboxRouter } from './sandbox-router.js';
import { CallStats, type SandboxStats } from './stats/call-stats.js';
import { SandboxStore } from './store/store.js';
import { DEFAULT_SANDBOX_TOKEN, workspaceDefinitions } from './workspaces.js';

export { DEFAULT_SANDBOX_TOKEN } from './workspaces.js';

export interface IntercomSandboxOptions {
  /** The first workspace's bearer token (default `"sandbox-token"`). */
  token?: string;
  /** Current time in epoch milliseconds, for timestamps of new records, rate-limit windows and code expiry (default `Date.now`). */
  clock?: () => number;
  /** Each workspace's rate limit, reported in `X-RateLimit-*` and enforced with 429 (default 1666 requests per 10 s). */
  rateLimit?: RateLimitOptions;
  /** The registered OAuth app (default client id `sandbox-client-id`, secret `sandbox-client-secret`, no redirect URL). */
  oauthApp?: Partial<SandboxOAuthApp>;
  /** How long an authorization code can be exchanged (default 300 s, as Intercom's "about 5 minutes"). */
  oauthCodeTtlSeconds?: number;
}

/** One workspace of the sandbox, as `GET /me` describes it, with its fixed access token. */
export interface SandboxWorkspaceInfo {
  /** `app.id_code`. */
  id: string;
  name: string;
  region: string;
  token: string;
}

/** An in-memory Intercom (REST API 2.16) for the endpoints the block uses, with several workspaces and OAuth. */
export interface IntercomSandbox {
  /**
   * Answers a request like `https://api.intercom.io` would (any origin works; only the path counts).
   * Accepts what `fetch` accepts, so it can stand in for `fetch`.
   * Rejects, like `fetch`, when the request's signal aborts, and with `TypeError("fetch failed")`
   * (see `isDroppedConnection`) for a `drop` fault.
   */
  fetch: (request: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Restores every workspace's seed data and tokens, removes every fault, code and count, restores the rate limit the sandbox started with in fresh windows. */
  reset(): void;
  /** Faults to inject into matching requests (of every workspace). */
  faults: FaultInjector;
  /** The first workspace's access token. */
  token: string;
  /** The workspaces, the first one first. */
  workspaces: readonly SandboxWorkspaceInfo[];
  /** The registered OAuth app; push a redirect URL onto `redirectUris` to register it. */
  oauthApp: SandboxOAuthApp;
  /** Revokes every token of a workspace, as an uninstall does; false for an unknown workspace. */
  revokeTokens: (workspaceId: string) => boolean;
  /**
   * Sets every workspace's rate limit from the next call on, each in a fresh window, until the next reset.
   * @throws RangeError naming the field that is out of bounds
   */
  setRateLimit: (setting: RateLimitSetting) => void;
  /** Calls received since the start or the last reset, per workspace, route and rate-limit window. */
  stats: () => SandboxStats;
}

const abortError = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('This operation was aborted', 'AbortError');

/**
 * Creates a sandbox seeded with two workspaces: the US demo workspace and an EU one.
 * @param options first token, clock, rate limit and OAuth app
 * @returns the sandbox; its `fetch` is a web-standard handler
 * @example
 * const sandbox = createIntercomSandbox();
 * const response = await sandbox.fetch(new Request('https://api.intercom.io/me', { headers: { Authorization: `Bearer ${sandbox.token}` } }));
 */
export function createIntercomSandbox(options: IntercomSandboxOptions = {}): IntercomSandbox {
  const token = options.token ?? DEFAULT_SANDBOX_TOKEN;
  const clock = options.clock ?? Date.now;
  const faults = new SandboxFaults();
  const definitions = workspaceDefinitions(token);
  const stores = definitions.map((d) => new SandboxStore(clock, d.seed));
  const ids = stores.map((s) => s.workspaceId);
  const rateLimitWindows = new Map(ids.map((id) => [id, new RateLimitWindow(options.rateLimit ?? {}, clock)]));
  const stats = new CallStats(rateLimitWindows);
  const tokens = new TokenRegistry(new Map(definitions.map((d, i) => [d.token, ids[i] as string])));
  const codes = new AuthorizationCodes(clock, options.oauthCodeTtlSeconds ?? 300);
  const oauthApp = defaultOAuthApp(options.oauthApp);
  const workspaces = stores.map((store) => {
    const rateLimitWindow = rateLimitWindows.get(store.workspaceId) as RateLimitWindow;
    return { id: store.workspaceId, store, rateLimitWindow, app: createSandboxApp({ store, faults, rateLimitWindow, clock, stats }) };
  });
  const reset = () => {
    for (const workspace of workspaces) {
      workspace.store.reset();
      workspace.rateLimitWindow.reset();
    }
    faults.clear();
    tokens.reset();
    codes.clear();
    stats.reset();
  };
  const revokeTokens = (workspaceId: string) => {
    if (!ids.includes(workspaceId)) return false;
    tokens.revokeWorkspace(workspaceId);
    return true;
  };
  const setRateLimit = (setting: RateLimitSetting) => {
    for (const window of rateLimitWindows.values()) window.set(setting);
  };
  const app = createSandboxRouter({
    workspaces,
    tokens,
    control: { faults, reset, stats, revokeTokens, setRateLimit },
    oauth: { oauthApp, workspaces: () => stores.map((s) => s.app), codes, tokens, stats },
  });

  return {
    token,
    faults,
    reset,
    oauthApp,
    revokeTokens,
    setRateLimit,
    stats: () => stats.snapshot(),
    workspaces: stores.map((store, i) => ({ id: store.app.id_code, name: store.app.name, region: store.app.region, token: definitions[i]?.token ?? '' })),
    fetch: async (input, init) => {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      if (request.signal.aborted) throw abortError(request.signal);
      const response = await app.fetch(request);
      if (request.signal.aborted) throw abortError(request.signal);
      if (isDroppedConnectionMarker(response)) throw droppedConnectionError();
      return response;
    },
  };
}

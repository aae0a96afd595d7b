import { createIntercomSandbox, type IntercomSandbox, type IntercomSandboxOptions } from '@workflow-blocks/intercom-sandbox';

/** One request as it reached the sandbox. */
export interface SeenRequest {
  method: string;
  /** The path as sent (still percent-encoded). */
  path: string;
  search: string;
  headers: Record<string, string>;
  body: string;
  /** When it arrived (epoch ms). */
  at: number;
  /** The sandbox's answer; undefined for a dropped connection. */
  status?: number;
}

/** A sandbox that records every request reaching it, to count what the proxy really sent. */
export interface RecordingSandbox extends IntercomSandbox {
  seen: SeenRequest[];
  /** Requests seen matching `METHOD /path` where `:id` matches one segment. */
  count(route: string): number;
}

/**
 * Wraps a new sandbox so that each request is recorded before it is answered.
 * @param options - the sandbox's options (token, rate limit).
 */
export function createRecordingSandbox(options: IntercomSandboxOptions = {}): RecordingSandbox {
  const inner = createIntercomSandbox(options);
  const seen: SeenRequest[] = [];
  return {
    token: inner.token,
    faults: inner.faults,
    workspaces: inner.workspaces,
    oauthApp: inner.oauthApp,
    revokeTokens: inner.revokeTokens,
    setRateLimit: inner.setRateLimit,
    stats: inner.stats,
    seen,
    reset: () => {
      inner.reset();
      seen.length = 0;
    },
    count: (route) => {
      const [method, pattern = ''] = route.split(' ');
      const expression = new RegExp(`^${pattern.replace(/:[a-z_]+/gi, '[^/]+')}$`);
      return seen.filter((entry) => entry.method === method && expression.test(entry.path)).length;
    },
    fetch: async (input, init) => {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      const url = new URL(request.url);
      const entry: SeenRequest = {
        method: request.method,
        path: url.pathname,
        search: url.search,
        headers: Object.fromEntries(request.headers),
        body: await request.clone().text(),
        at: Date.now(),
      };
      if (!url.pathname.startsWith('/__sandbox/')) seen.push(entry);
      const response = await inner.fetch(request);
      entry.status = response.status;
      return response;
    },
  };
}

/** Calls counted for one workspace (or for calls whose token named none). */
export interface CallCounts {
  total: number;
  /** By `METHOD /route/:pattern`, e.g. `GET /contacts/:id`. */
  routes: Record<string, number>;
}

/** `GET /__sandbox/stats`: the calls received since the start or the last reset. */
export interface SandboxStats {
  type: 'sandbox.stats';
  /** By workspace (`app.id_code`): every call made with one of its tokens, revoked ones included. */
  workspaces: Record<string, CallCounts>;
  /** Calls with no token or one the sandbox never issued. */
  unauthenticated: CallCounts;
}

const empty = (): CallCounts => ({ total: 0, routes: {} });

/** Counts the calls the sandbox receives, per workspace and route, so tests can show what a run called (or didn't). */
export class CallStats {
  private counts = new Map<string, CallCounts>();
  private unauthenticated = empty();

  constructor(private readonly workspaceIds: readonly string[]) {
    this.reset();
  }

  count(workspaceId: string | undefined, route: string): void {
    const counts = workspaceId === undefined ? this.unauthenticated : this.counts.get(workspaceId);
    if (!counts) return;
    counts.total += 1;
    counts.routes[route] = (counts.routes[route] ?? 0) + 1;
  }

  snapshot(): SandboxStats {
    const copy = (c: CallCounts): CallCounts => ({ total: c.total, routes: { ...c.routes } });
    return {
      type: 'sandbox.stats',
      workspaces: Object.fromEntries([...this.counts].map(([id, c]) => [id, copy(c)])),
      unauthenticated: copy(this.unauthenticated),
    };
  }

  reset(): void {
    this.counts = new Map(this.workspaceIds.map((id) => [id, empty()]));
    this.unauthenticated = empty();
  }
}

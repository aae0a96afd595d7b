import { describeIntercomError, type ConnectionState, type IntercomRegion } from '@workflow-blocks/block-core';
import type { IntercomCaller, IntercomHttpResponse } from './intercom-caller.js';
import { isIntercomRegion } from './intercom-base-url.js';
import { withRetryAfter } from './proxy-status.js';
import { createTtlCache, type CacheLoad } from './ttl-cache.js';

/** The admin the token belongs to and its workspace, from `GET /me`. */
export interface ConnectedAdmin {
  admin: { id: string; name?: string; email?: string };
  workspace: { id: string; name?: string };
  region?: IntercomRegion;
}

export interface ConnectionMonitorOptions {
  call: IntercomCaller;
  mode: 'sandbox' | 'intercom';
  /** The configured region, if any; otherwise the workspace's own region from `/me` (or `us`). */
  region?: IntercomRegion;
  cacheMs: number;
  now?: () => number;
}

/**
 * Knows whether the Intercom connection works: `GET /me` (cached) says who the token belongs to, and a 401
 * from any call marks the connection disconnected, with the reason, until a call succeeds again.
 */
export class ConnectionMonitor {
  private readonly me;
  private readonly now: () => number;
  private unauthorized: { reason: string; at: number } | undefined;

  constructor(private readonly options: ConnectionMonitorOptions) {
    this.now = options.now ?? Date.now;
    this.me = createTtlCache<ConnectedAdmin>(options.cacheMs, () => this.identify(), this.now);
  }

  /** The connection as `/v1/intercom/connection` reports it. */
  async state(): Promise<ConnectionState> {
    const base = { mode: this.options.mode, region: this.options.region ?? 'us' } as const;
    // Right after a 401 the answer is known; asking `/me` again with the same token would only add load.
    if (this.unauthorized && this.now() - this.unauthorized.at < this.options.cacheMs) {
      return { ...base, connected: false, reason: this.unauthorized.reason };
    }
    const me = await this.me.get();
    if (!me.ok) return { ...base, connected: false, reason: me.error };
    return {
      ...base,
      region: this.options.region ?? me.value.region ?? 'us',
      connected: true,
      admin: me.value.admin,
      workspace: me.value.workspace,
    };
  }

  /** The connected admin's id, the default author of replies. */
  async adminId(): Promise<CacheLoad<string>> {
    const me = await this.me.get();
    return me.ok ? { ok: true, value: me.value.admin.id } : me;
  }

  /** Learns from every Intercom answer: a 401 disconnects, any success reconnects. */
  record(response: Pick<IntercomHttpResponse, 'status' | 'body' | 'headers'>): void {
    if (response.status === 401) {
      this.unauthorized = { reason: describeIntercomError(response.status, response.body, response.headers), at: this.now() };
      this.me.clear();
    } else if (response.status >= 200 && response.status < 300) {
      this.unauthorized = undefined;
    }
  }

  private async identify(): Promise<CacheLoad<ConnectedAdmin>> {
    const result = await this.options.call(
      { method: 'GET', path: '/me', query: {}, headers: {} },
      { write: false, label: 'GET /me' },
    );
    if (result.kind === 'failure') return { ok: false, error: result.error, cause: result.cause, ...withRetryAfter(result.retryAfterMs) };
    const { response } = result;
    this.record(response);
    if (response.status < 200 || response.status >= 300) {
      return { ok: false, error: describeIntercomError(response.status, response.body, response.headers) };
    }
    const admin = toConnectedAdmin(response.body);
    return admin ? { ok: true, value: admin } : { ok: false, error: 'Intercom answered GET /me without an admin id.' };
  }
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Reads `admin_with_app` (NOTES.md: `GET /me`), keeping only what the editor shows. */
export function toConnectedAdmin(body: unknown): ConnectedAdmin | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const me = body as Record<string, unknown>;
  const id = text(me.id);
  if (id === undefined) return undefined;
  const app = (me.app !== null && typeof me.app === 'object' ? me.app : {}) as Record<string, unknown>;
  const name = text(me.name);
  const email = text(me.email);
  const workspaceName = text(app.name);
  const region = typeof app.region === 'string' ? app.region.toLowerCase() : undefined;
  return {
    admin: { id, ...(name === undefined ? {} : { name }), ...(email === undefined ? {} : { email }) },
    workspace: { id: text(app.id_code) ?? '', ...(workspaceName === undefined ? {} : { name: workspaceName }) },
    ...(isIntercomRegion(region) ? { region } : {}),
  };
}

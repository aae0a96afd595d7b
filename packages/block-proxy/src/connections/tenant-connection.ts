import { describeIntercomError, type ConnectionMethod, type ConnectionState, type IntercomRequest } from '@workflow-blocks/block-core';
import { createIntercomCaller, type IntercomCallOptions, type IntercomCallResult, type IntercomHttpResponse } from '../intercom-caller.js';
import type { IntercomHttpClient } from '../intercom-http-client.js';
import { pickerListNames, pickerLists, type PickerList, type PickerListName } from '../picker-lists.js';
import type { ResolvedProxySettings } from '../proxy-options.js';
import { withRetryAfter } from '../proxy-status.js';
import type { CallLimiter } from '../request-limiter.js';
import { loadPickerList } from '../routes/picker-list.js';
import type { SecretRedactingLog } from '../secret-redacting-log.js';
import { createTtlCache, type CacheLoad, type TtlCache } from '../ttl-cache.js';
import type { StoredConnection } from './connection-store.js';
import { needsReconnectMessage, notConnectedMessage, type ConnectionTarget, type ConnectionVault } from './connection-vault.js';
import { intercomErrorCode, toConnectedAdmin, type ConnectedAdmin } from './intercom-me.js';

/** What every tenant's connection shares: the vault, the HTTP client, the settings. */
export interface TenantConnectionShared {
  vault: ConnectionVault;
  client: IntercomHttpClient;
  settings: ResolvedProxySettings;
  log: SecretRedactingLog;
  mode: 'sandbox' | 'intercom';
  connectMethods: ConnectionMethod[];
  /** The Intercom base URL of a region (or the one configured server, e.g. the sandbox). */
  baseUrlFor: (region: StoredConnection['region']) => string;
}

/** Calls Intercom for one tenant; a call without a usable connection fails before anything is sent. */
export type TenantCaller = (request: IntercomRequest, options: IntercomCallOptions) => Promise<IntercomCallResult>;

/**
 * One tenant's connection at run time: its calls (with its own token, region and rate limiter), its state as
 * `/connection` reports it, and its `/me` and picker caches. A 401 from Intercom marks the stored connection as
 * needing a reconnect, with Intercom's reason; from then on nothing is sent until the tenant reconnects.
 */
export class TenantConnection {
  /** The editor's picker lists (`picker-lists.ts`), cached briefly for this tenant only. */
  readonly pickers: Readonly<Record<PickerListName, TtlCache<unknown[]>>>;
  private readonly me: TtlCache<ConnectedAdmin>;
  /** The connection the `/me` cache was filled for: a reconnect must not show the old workspace. */
  private meFor: string | undefined;
  /** The shared cache version the caches were filled at (several instances): another one means drop them. */
  private version: string | undefined;

  constructor(
    readonly tenantId: string,
    private readonly shared: TenantConnectionShared,
    /** The limiter of a call: the tenant's own, or with several instances its workspace's shared one. */
    private readonly limiterFor: (workspaceId: string | undefined) => CallLimiter,
  ) {
    const { cacheMs } = shared.settings;
    this.me = createTtlCache<ConnectedAdmin>(cacheMs, () => this.identify());
    this.pickers = Object.fromEntries(
      pickerListNames.map((name) => {
        const list: PickerList = pickerLists[name];
        return [name, createTtlCache<unknown[]>(cacheMs, () => loadPickerList(this.call, list.intercomPath, list.read, list.query))];
      }),
    ) as Record<PickerListName, TtlCache<unknown[]>>;
  }

  /** Calls Intercom with the tenant's current token; learns from a 401. */
  readonly call: TenantCaller = async (request, options) => {
    const target = await this.target();
    if (!target.ok) return { kind: 'failure', error: target.error, cause: 'credentials' };
    return this.callWith(target, request, options);
  };

  /** The proxy's settings (time and size limits), the same for every tenant. */
  get settings(): ResolvedProxySettings {
    return this.shared.settings;
  }

  /** Whether runs may go to Intercom now, without asking Intercom. */
  async target(): Promise<ConnectionTarget> {
    const target = await this.shared.vault.target(this.tenantId);
    this.seen(target.version);
    return target;
  }

  /** Calls Intercom with a given token (also one not stored yet, to check it with `GET /me`). */
  async callWith(target: Extract<ConnectionTarget, { ok: true }>, request: IntercomRequest, options: IntercomCallOptions): Promise<IntercomCallResult> {
    const caller = createIntercomCaller({
      baseUrl: this.shared.baseUrlFor(target.region),
      credentials: () => ({ accessToken: target.accessToken }),
      client: this.shared.client,
      limiter: this.limiterFor(target.workspaceId),
      settings: this.shared.settings,
      log: this.shared.log,
    });
    const result = await caller(request, options);
    if (result.kind === 'response' && result.response.status === 401 && target.connectionId !== '') {
      await this.rejected(target.connectionId, target.accessToken, result.response);
    }
    return result;
  }

  /** The connection as `GET /v1/intercom/connection` reports it to this tenant. */
  async state(): Promise<ConnectionState> {
    const base = { mode: this.shared.mode, connectMethods: [...this.shared.connectMethods] };
    const stored = await this.current();
    if (!stored) return { ...base, state: 'not_connected', connected: false, reason: notConnectedMessage };
    const described = {
      ...base,
      method: stored.method,
      region: stored.region,
      ...(stored.workspace ? { workspace: stored.workspace } : {}),
      ...(stored.admin ? { admin: stored.admin } : {}),
    };
    if (stored.needsReconnect) return this.needsReconnect(described, stored);
    const me = await this.identified(stored.connectionId);
    if (me.ok) return { ...described, state: 'connected', connected: true, admin: me.value.admin, workspace: me.value.workspace };
    const after = await this.shared.vault.read(this.tenantId);
    if (after?.needsReconnect && after.connectionId === stored.connectionId) return this.needsReconnect(described, after);
    // Intercom could not confirm the token (unreachable, 5xx): still connected, but runs may fail; say why.
    return { ...described, state: 'connected', connected: false, reason: me.error };
  }

  /** The connected admin's id, the default author of replies. */
  async adminId(): Promise<CacheLoad<string>> {
    const stored = await this.current();
    if (!stored) return { ok: false, error: notConnectedMessage };
    const me = await this.identified(stored.connectionId);
    return me.ok ? { ok: true, value: me.value.admin.id } : me;
  }

  /** Forgets everything cached for the tenant (after a connect, a disconnect or a 401). */
  forget(): void {
    this.me.clear();
    for (const cache of Object.values(this.pickers)) cache.clear();
    this.meFor = undefined;
  }

  /** The stored connection as all instances see it; drops the caches when another instance changed it. */
  private async current(): Promise<StoredConnection | undefined> {
    const { stored, version } = await this.shared.vault.current(this.tenantId);
    this.seen(version);
    return stored;
  }

  private seen(version: string | undefined): void {
    if (version === undefined || version === this.version) return;
    this.forget();
    this.version = version;
  }

  private needsReconnect(described: Omit<ConnectionState, 'state' | 'connected'>, stored: StoredConnection): ConnectionState {
    const mark = stored.needsReconnect;
    return {
      ...described,
      state: 'needs_reconnect',
      connected: false,
      reason: mark ? `${needsReconnectMessage} ${mark.reason}` : needsReconnectMessage,
      ...(mark?.code === undefined ? {} : { reasonCode: mark.code }),
    };
  }

  private identified(connectionId: string): Promise<CacheLoad<ConnectedAdmin>> {
    if (this.meFor !== connectionId) {
      this.me.clear();
      this.meFor = connectionId;
    }
    return this.me.get();
  }

  private async identify(): Promise<CacheLoad<ConnectedAdmin>> {
    const result = await this.call({ method: 'GET', path: '/me', query: {}, headers: {} }, { write: false, label: 'GET /me' });
    if (result.kind === 'failure') return { ok: false, error: result.error, cause: result.cause, ...withRetryAfter(result.retryAfterMs) };
    return readMe(result.response);
  }

  private async rejected(connectionId: string, accessToken: string, response: IntercomHttpResponse): Promise<void> {
    const reason = describeIntercomError(response.status, response.body, response.headers).replace(`${needsReconnectMessage} `, '');
    const marked = await this.shared.vault.markNeedsReconnect(this.tenantId, connectionId, reason, intercomErrorCode(response.body), accessToken);
    // Lists read with a token Intercom now rejects should not outlive it.
    if (marked) this.forget();
    this.shared.log(`connection of tenant ${this.tenantId} needs a reconnect: Intercom answered 401${intercomErrorCode(response.body) ? ` (${intercomErrorCode(response.body) ?? ''})` : ''}`);
  }
}

/** `GET /me`'s answer as the admin and workspace, or Intercom's error in words. */
export function readMe(response: IntercomHttpResponse): CacheLoad<ConnectedAdmin> {
  if (response.status < 200 || response.status >= 300) {
    return { ok: false, error: describeIntercomError(response.status, response.body, response.headers) };
  }
  const admin = toConnectedAdmin(response.body);
  return admin ? { ok: true, value: admin } : { ok: false, error: 'Intercom answered GET /me without an admin id.' };
}

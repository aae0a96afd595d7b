import { randomUUID } from 'node:crypto';
import type { ConnectionMethod, IntercomRegion } from '@workflow-blocks/block-core';
import type { SharedTenantState, SharedTenantView } from '../shared/shared-state.js';
import { tokenIdOf } from '../shared/token-id.js';
import type { ConnectionStore, ReconnectMark, StoredConnection } from './connection-store.js';
import type { TokenCipher } from './token-cipher.js';

/** A connection to make: the token in clear only here, on its way into the cipher. */
export interface NewConnection {
  method: ConnectionMethod;
  accessToken: string;
  region: IntercomRegion;
  workspace?: { id: string; name?: string };
  admin?: { id: string; name?: string; email?: string };
}

/** What a call may use: the tenant's token and region, or why there is none. */
export type ConnectionTarget =
  | {
      ok: true;
      accessToken: string;
      region: IntercomRegion;
      connectionId: string;
      /** The Intercom workspace (app id), when the connection was checked with `GET /me`: whose rate limit it is. */
      workspaceId?: string;
      /** The shared version of the tenant's caches (with several instances). */
      version?: string;
    }
  | { ok: false; status: 'not_connected' | 'needs_reconnect'; error: string; version?: string };

/** The stored connection as every instance must see it now: with a rejection seen elsewhere, and the cache version. */
export interface CurrentConnection {
  stored: StoredConnection | undefined;
  /** The token in clear, or why it could not be read. */
  token?: { ok: true; accessToken: string } | { ok: false; error: string };
  version?: string;
}

/** The reference doc: "Calls fail if that integration is disconnected or its authorization has expired." */
export const notConnectedMessage = 'The Intercom integration is disconnected: connect Intercom for this workspace, then run again.';
export const needsReconnectMessage = 'The Intercom integration is disconnected or its authorization has expired; reconnect it.';

/**
 * The store and the cipher together: tokens go in encrypted and come out in clear only for a call.
 * A token read with a previous key is re-encrypted with the current one.
 */
export class ConnectionVault {
  private sharedDown = false;
  /** Reads of the shared state in flight: concurrent runs of one tenant share one round trip. */
  private readonly reading = new Map<string, Promise<SharedTenantView | undefined>>();

  constructor(
    private readonly store: ConnectionStore,
    private readonly cipher: TokenCipher,
    private readonly log: (line: string) => void,
    private readonly now: () => number = Date.now,
    /** With several instances: what they share about each tenant (a token rejected on one is refused on all). */
    private readonly shared?: SharedTenantState,
  ) {}

  /** The stored connection (token still encrypted), for reporting its state. */
  async read(tenantId: string): Promise<StoredConnection | undefined> {
    return (await this.current(tenantId)).stored;
  }

  /**
   * The stored connection, marked as needing a reconnect when Intercom rejected its token on another instance
   * (the mark is then kept in this store too), and the shared cache version. Without shared state, the store alone.
   */
  async current(tenantId: string): Promise<CurrentConnection> {
    const stored = await this.store.get(tenantId);
    if (!stored) return { stored };
    const token = this.decrypt(stored);
    if (!this.shared) return { stored, token };
    const view = await this.sharedView(tenantId, token.ok ? tokenIdOf(tenantId, token.accessToken) : undefined);
    if (view?.rejected && !stored.needsReconnect) {
      stored.needsReconnect = view.rejected;
      await this.store.markNeedsReconnect(tenantId, stored.connectionId, view.rejected);
    }
    return { stored, token, ...(view ? { version: view.version } : {}) };
  }

  /** The token for a call, asked for on every call so a reconnect or a rotated key applies at once. */
  async target(tenantId: string): Promise<ConnectionTarget> {
    const { stored, token, version } = await this.current(tenantId);
    const seen = version === undefined ? {} : { version };
    if (!stored) return { ok: false, status: 'not_connected', error: notConnectedMessage, ...seen };
    if (stored.needsReconnect) return { ok: false, status: 'needs_reconnect', error: `${needsReconnectMessage} ${stored.needsReconnect.reason}`, ...seen };
    if (!token?.ok) {
      this.log(`connection of tenant ${tenantId}: ${token?.error ?? 'no token'}`);
      return { ok: false, status: 'needs_reconnect', error: `${needsReconnectMessage} The proxy cannot read the stored token with its encryption keys.`, ...seen };
    }
    const { accessToken } = token;
    if (stored.token.keyId !== this.cipher.keyId) {
      await this.store.replaceToken(tenantId, stored.connectionId, this.cipher.encrypt(accessToken, tenantId));
      this.log(`connection of tenant ${tenantId}: token re-encrypted from key ${stored.token.keyId} to ${this.cipher.keyId}`);
    }
    const workspaceId = stored.workspace?.id;
    return { ok: true, accessToken, region: stored.region, connectionId: stored.connectionId, ...(workspaceId ? { workspaceId } : {}), ...seen };
  }

  /** Replaces the tenant's connection with a new one. */
  async connect(tenantId: string, connection: NewConnection): Promise<StoredConnection> {
    const stored: StoredConnection = {
      tenantId,
      connectionId: randomUUID(),
      method: connection.method,
      region: connection.region,
      token: this.cipher.encrypt(connection.accessToken, tenantId),
      ...(connection.workspace ? { workspace: connection.workspace } : {}),
      ...(connection.admin ? { admin: connection.admin } : {}),
      connectedAt: new Date(this.now()).toISOString(),
    };
    await this.store.save(stored);
    await this.tellShared(tenantId, (shared) => shared.changed(tenantId));
    return stored;
  }

  async disconnect(tenantId: string): Promise<boolean> {
    const had = await this.store.delete(tenantId);
    await this.tellShared(tenantId, (shared) => shared.changed(tenantId));
    return had;
  }

  /**
   * Marks the connection as needing a reconnect (only while `connectionId` is still the tenant's) and, with
   * several instances, tells them all that Intercom rejected this token.
   */
  async markNeedsReconnect(tenantId: string, connectionId: string, reason: string, code: string | undefined, accessToken?: string): Promise<boolean> {
    const mark: ReconnectMark = { reason, ...(code === undefined ? {} : { code }), at: new Date(this.now()).toISOString() };
    const marked = await this.store.markNeedsReconnect(tenantId, connectionId, mark);
    if (marked && accessToken !== undefined) await this.tellShared(tenantId, (shared) => shared.reject(tenantId, tokenIdOf(tenantId, accessToken), mark));
    return marked;
  }

  private decrypt(stored: StoredConnection): NonNullable<CurrentConnection['token']> {
    try {
      return { ok: true, accessToken: this.cipher.decrypt(stored.token, stored.tenantId) };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }

  /** What the other instances know, or undefined while the shared state is unreachable (this store alone then). */
  private sharedView(tenantId: string, tokenId: string | undefined): Promise<SharedTenantView | undefined> {
    const shared = this.shared;
    if (!shared) return Promise.resolve(undefined);
    const key = `${tenantId}\0${tokenId ?? ''}`;
    const inFlight = this.reading.get(key);
    if (inFlight) return inFlight;
    const read = shared.read(tenantId, tokenId).then(
      (view) => {
        this.sharedReachable(true);
        return view;
      },
      (error: unknown) => {
        this.sharedReachable(false, error);
        return undefined;
      },
    );
    this.reading.set(key, read);
    void read.finally(() => this.reading.delete(key));
    return read;
  }

  private async tellShared(tenantId: string, change: (shared: SharedTenantState) => Promise<void>): Promise<void> {
    if (!this.shared) return;
    try {
      await change(this.shared);
      this.sharedReachable(true);
    } catch (error) {
      this.sharedReachable(false, error);
      this.log(`connection of tenant ${tenantId}: the other instances were not told (shared state unreachable); their caches expire on their own`);
    }
  }

  private sharedReachable(reachable: boolean, error?: unknown): void {
    if (this.sharedDown === !reachable) return;
    this.sharedDown = !reachable;
    this.log(reachable ? 'connections: shared state reachable again' : `connections: shared state unreachable (${error instanceof Error ? error.name : 'error'}); each instance uses its own store until it returns`);
  }
}

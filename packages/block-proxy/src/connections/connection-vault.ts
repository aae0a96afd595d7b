import { randomUUID } from 'node:crypto';
import type { ConnectionMethod, IntercomRegion } from '@workflow-blocks/block-core';
import type { ConnectionStore, StoredConnection } from './connection-store.js';
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
  | { ok: true; accessToken: string; region: IntercomRegion; connectionId: string }
  | { ok: false; status: 'not_connected' | 'needs_reconnect'; error: string };

/** The reference doc: "Calls fail if that integration is disconnected or its authorization has expired." */
export const notConnectedMessage = 'The Intercom integration is disconnected: connect Intercom for this workspace, then run again.';
export const needsReconnectMessage = 'The Intercom integration is disconnected or its authorization has expired; reconnect it.';

/**
 * The store and the cipher together: tokens go in encrypted and come out in clear only for a call.
 * A token read with a previous key is re-encrypted with the current one.
 */
export class ConnectionVault {
  constructor(
    private readonly store: ConnectionStore,
    private readonly cipher: TokenCipher,
    private readonly log: (line: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** The stored connection (token still encrypted), for reporting its state. */
  read(tenantId: string): Promise<StoredConnection | undefined> {
    return this.store.get(tenantId);
  }

  /** The token for a call, asked for on every call so a reconnect or a rotated key applies at once. */
  async target(tenantId: string): Promise<ConnectionTarget> {
    const stored = await this.store.get(tenantId);
    if (!stored) return { ok: false, status: 'not_connected', error: notConnectedMessage };
    if (stored.needsReconnect) return { ok: false, status: 'needs_reconnect', error: `${needsReconnectMessage} ${stored.needsReconnect.reason}` };
    let accessToken: string;
    try {
      accessToken = this.cipher.decrypt(stored.token, tenantId);
    } catch (error) {
      this.log(`connection of tenant ${tenantId}: ${(error as Error).message}`);
      return {
        ok: false,
        status: 'needs_reconnect',
        error: `${needsReconnectMessage} The proxy cannot read the stored token with its encryption keys.`,
      };
    }
    if (stored.token.keyId !== this.cipher.keyId) {
      await this.store.replaceToken(tenantId, stored.connectionId, this.cipher.encrypt(accessToken, tenantId));
      this.log(`connection of tenant ${tenantId}: token re-encrypted from key ${stored.token.keyId} to ${this.cipher.keyId}`);
    }
    return { ok: true, accessToken, region: stored.region, connectionId: stored.connectionId };
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
    return stored;
  }

  disconnect(tenantId: string): Promise<boolean> {
    return this.store.delete(tenantId);
  }

  markNeedsReconnect(tenantId: string, connectionId: string, reason: string, code: string | undefined): Promise<boolean> {
    return this.store.markNeedsReconnect(tenantId, connectionId, {
      reason,
      ...(code === undefined ? {} : { code }),
      at: new Date(this.now()).toISOString(),
    });
  }
}

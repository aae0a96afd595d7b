import type { ConnectionMethod, IntercomRegion } from '@workflow-blocks/block-core';
import type { EncryptedToken } from './token-cipher.js';

/** Intercom told the proxy this connection's token no longer works (a 401): runs are refused until reconnected. */
export interface ReconnectMark {
  /** In words, for the person (block-core's wording of Intercom's answer). */
  reason: string;
  /** Intercom's error code, e.g. `token_revoked`, when it gave one. */
  code?: string;
  /** ISO time. */
  at: string;
}

/** One tenant's Intercom connection as a store keeps it: the token only encrypted. */
export interface StoredConnection {
  tenantId: string;
  /** New at every connect, so a 401 seen with an older token never marks a newer connection. */
  connectionId: string;
  method: ConnectionMethod;
  region: IntercomRegion;
  token: EncryptedToken;
  /** From `GET /me` when the connection was made (absent for a token configured without a check). */
  workspace?: { id: string; name?: string };
  admin?: { id: string; name?: string; email?: string };
  /** ISO time. */
  connectedAt: string;
  needsReconnect?: ReconnectMark;
}

/**
 * Where connections live, one per tenant. Implementations: memory (tests), the embedded SQLite store and
 * PostgreSQL (`@workflow-blocks/block-proxy/node`). Every method is keyed by tenant; none lists tenants.
 */
export interface ConnectionStore {
  get(tenantId: string): Promise<StoredConnection | undefined>;
  /** Replaces the tenant's connection (a reconnect clears any reconnect mark). */
  save(connection: StoredConnection): Promise<void>;
  /** @returns whether there was a connection. */
  delete(tenantId: string): Promise<boolean>;
  /** Marks the connection as needing a reconnect, only while `connectionId` is still the tenant's connection. */
  markNeedsReconnect(tenantId: string, connectionId: string, mark: ReconnectMark): Promise<boolean>;
  /** Stores the token re-encrypted (key rotation), only while `connectionId` is still the tenant's connection. */
  replaceToken(tenantId: string, connectionId: string, token: EncryptedToken): Promise<boolean>;
  /** Rejects when the store cannot be used now (for `/v1/intercom/health`); a store without it counts as up. */
  ping?(): Promise<void>;
  close(): Promise<void>;
}

/** A copy that shares nothing with the stored value, so callers cannot change the store by accident. */
export function copyConnection(connection: StoredConnection): StoredConnection {
  return structuredClone(connection);
}

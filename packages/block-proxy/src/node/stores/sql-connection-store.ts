import type { ConnectionMethod, IntercomRegion } from '@workflow-blocks/block-core';
import type { ConnectionStore, StoredConnection } from '../../connections/connection-store.js';
import type { SqlDatabase, SqlRow } from './sql-database.js';

const columns =
  'tenant_id, connection_id, method, region, token_key_id, token_ciphertext, workspace_id, workspace_name, admin_id, admin_name, admin_email, connected_at, reconnect_reason, reconnect_code, reconnect_at';

/**
 * The connection store on PostgreSQL's SQL (the embedded PGlite or a PostgreSQL server): one row per tenant,
 * the token only as ciphertext with its key id. The schema must be migrated first (`migrate`).
 */
export function createSqlConnectionStore(db: SqlDatabase): ConnectionStore {
  return {
    async get(tenantId) {
      const { rows } = await db.query(`select ${columns} from intercom_connections where tenant_id = $1`, [tenantId]);
      return rows[0] ? toConnection(rows[0]) : undefined;
    },
    async save(connection) {
      // A new connection replaces the tenant's row whole, reconnect mark included.
      await db.query(
        `insert into intercom_connections (${columns}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, null, null, null)
         on conflict (tenant_id) do update set connection_id = excluded.connection_id, method = excluded.method, region = excluded.region,
           token_key_id = excluded.token_key_id, token_ciphertext = excluded.token_ciphertext, workspace_id = excluded.workspace_id,
           workspace_name = excluded.workspace_name, admin_id = excluded.admin_id, admin_name = excluded.admin_name, admin_email = excluded.admin_email,
           connected_at = excluded.connected_at, reconnect_reason = null, reconnect_code = null, reconnect_at = null`,
        [
          connection.tenantId,
          connection.connectionId,
          connection.method,
          connection.region,
          connection.token.keyId,
          connection.token.ciphertext,
          connection.workspace?.id ?? null,
          connection.workspace?.name ?? null,
          connection.admin?.id ?? null,
          connection.admin?.name ?? null,
          connection.admin?.email ?? null,
          connection.connectedAt,
        ],
      );
      if (connection.needsReconnect) await this.markNeedsReconnect(connection.tenantId, connection.connectionId, connection.needsReconnect);
    },
    async delete(tenantId) {
      return (await db.query('delete from intercom_connections where tenant_id = $1', [tenantId])).changed > 0;
    },
    async markNeedsReconnect(tenantId, connectionId, mark) {
      const result = await db.query(
        'update intercom_connections set reconnect_reason = $3, reconnect_code = $4, reconnect_at = $5 where tenant_id = $1 and connection_id = $2',
        [tenantId, connectionId, mark.reason, mark.code ?? null, mark.at],
      );
      return result.changed > 0;
    },
    async replaceToken(tenantId, connectionId, token) {
      const result = await db.query('update intercom_connections set token_key_id = $3, token_ciphertext = $4 where tenant_id = $1 and connection_id = $2', [
        tenantId,
        connectionId,
        token.keyId,
        token.ciphertext,
      ]);
      return result.changed > 0;
    },
    ping: async () => {
      await db.query('select 1');
    },
    close: () => db.close(),
  };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const time = (value: unknown): string => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());

function toConnection(row: SqlRow): StoredConnection {
  const workspaceId = text(row.workspace_id);
  const adminId = text(row.admin_id);
  const reason = text(row.reconnect_reason);
  const optional = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));
  return {
    tenantId: String(row.tenant_id),
    connectionId: String(row.connection_id),
    method: row.method as ConnectionMethod,
    region: row.region as IntercomRegion,
    token: { keyId: String(row.token_key_id), ciphertext: String(row.token_ciphertext) },
    ...(workspaceId === undefined ? {} : { workspace: { id: workspaceId, ...optional('name', text(row.workspace_name)) } }),
    ...(adminId === undefined ? {} : { admin: { id: adminId, ...optional('name', text(row.admin_name)), ...optional('email', text(row.admin_email)) } }),
    connectedAt: time(row.connected_at),
    ...(reason === undefined ? {} : { needsReconnect: { reason, ...optional('code', text(row.reconnect_code)), at: time(row.reconnect_at) } }),
  };
}

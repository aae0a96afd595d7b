import type { ConnectionStore } from '../../connections/connection-store.js';
import { migrate } from './migrations.js';
import { createSqlConnectionStore } from './sql-connection-store.js';
import type { SqlDatabase } from './sql-database.js';

/** Options of `openPostgresConnectionStore`. */
export interface PostgresConnectionStoreOptions {
  /** `postgres://user:password@host:5432/database` (`DATABASE_URL`). */
  connectionString: string;
  /** Most connections in the pool. Default 5. */
  maxConnections?: number;
}

/**
 * The store on a PostgreSQL server (through `pg`), for installs with several proxy instances: they share the
 * connections, and a reconnect mark one instance writes is seen by all. Migrates the schema on open.
 * @example const store = await openPostgresConnectionStore({ connectionString: process.env.DATABASE_URL! });
 */
export async function openPostgresConnectionStore(options: PostgresConnectionStoreOptions): Promise<ConnectionStore> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 5, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its server emits an error; without a listener that would end the process.
  pool.on('error', () => undefined);
  const db: SqlDatabase = {
    query: async (sql, params = []) => {
      const result = await pool.query(sql, [...params]);
      return { rows: result.rows as Record<string, unknown>[], changed: result.rowCount ?? 0 };
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(async (sql, params = []) => {
          const answer = await client.query(sql, [...params]);
          return { rows: answer.rows as Record<string, unknown>[], changed: answer.rowCount ?? 0 };
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  try {
    await migrate(db);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return createSqlConnectionStore(db);
}

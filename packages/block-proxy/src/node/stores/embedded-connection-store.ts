import { mkdir } from 'node:fs/promises';
import type { ConnectionStore } from '../../connections/connection-store.js';
import { migrate } from './migrations.js';
import { createSqlConnectionStore } from './sql-connection-store.js';
import type { SqlDatabase, SqlQuery } from './sql-database.js';

/**
 * The default store: PostgreSQL compiled to WebAssembly (PGlite), in a directory, with no server to run.
 * It speaks the same SQL as the PostgreSQL store; one process uses the directory at a time.
 * @param directory - where the database lives (created if missing), e.g. `.data/connections`.
 * @example const store = await openEmbeddedConnectionStore('.data/connections');
 */
export async function openEmbeddedConnectionStore(directory: string): Promise<ConnectionStore> {
  await mkdir(directory, { recursive: true });
  // Loaded only when used: PGlite's WebAssembly is large.
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create(directory);
  const query: SqlQuery = async (sql, params = []) => {
    const result = await pglite.query<Record<string, unknown>>(sql, [...params]);
    return { rows: result.rows, changed: result.affectedRows ?? 0 };
  };
  const db: SqlDatabase = {
    query,
    transaction: (work) =>
      pglite.transaction(async (tx) =>
        work(async (sql, params = []) => {
          const result = await tx.query<Record<string, unknown>>(sql, [...params]);
          return { rows: result.rows, changed: result.affectedRows ?? 0 };
        }),
      ),
    close: () => pglite.close(),
  };
  try {
    await migrate(db);
  } catch (error) {
    await pglite.close();
    throw error;
  }
  return createSqlConnectionStore(db);
}

import type { SqlDatabase } from './sql-database.js';

/** One schema change, applied once, in order. Never edit one that has shipped: add the next. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const connectionStoreMigrations: readonly Migration[] = [
  {
    version: 1,
    description: 'intercom_connections: one row per tenant, the token only encrypted',
    sql: `
      create table intercom_connections (
        tenant_id text primary key,
        connection_id text not null,
        method text not null check (method in ('oauth', 'token')),
        region text not null check (region in ('us', 'eu', 'au')),
        token_key_id text not null,
        token_ciphertext text not null,
        workspace_id text,
        workspace_name text,
        admin_id text,
        admin_name text,
        admin_email text,
        connected_at timestamptz not null,
        reconnect_reason text,
        reconnect_code text,
        reconnect_at timestamptz
      )`,
  },
];

// Any fixed number: instances starting at once take turns migrating.
const MIGRATION_LOCK = 727_151_015;

/**
 * Brings the schema up to date (run on start). Several proxy instances may start at once: an advisory lock
 * inside the transaction makes them take turns, and each applies only what is still missing.
 * @returns the versions it applied.
 */
export async function migrate(db: SqlDatabase, migrations: readonly Migration[] = connectionStoreMigrations): Promise<number[]> {
  return db.transaction(async (query) => {
    await query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await query('create table if not exists intercom_connection_migrations (version integer primary key, description text not null, applied_at timestamptz not null default now())');
    const { rows } = await query('select version from intercom_connection_migrations');
    const applied = new Set(rows.map((row) => Number(row.version)));
    const done: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await query(migration.sql);
      await query('insert into intercom_connection_migrations (version, description) values ($1, $2)', [migration.version, migration.description]);
      done.push(migration.version);
    }
    return done;
  });
}

/** One row as PostgreSQL returns it. */
export type SqlRow = Record<string, unknown>;

/** What a statement gave back: its rows, and how many rows it changed. */
export interface SqlResult {
  rows: SqlRow[];
  changed: number;
}

/** A query on one connection, inside a transaction. */
export type SqlQuery = (sql: string, params?: readonly unknown[]) => Promise<SqlResult>;

/**
 * The little the connection store needs from PostgreSQL: `pg`'s pool and the embedded PGlite both provide it,
 * so one set of queries (PostgreSQL's SQL, `$1` parameters) serves both.
 */
export interface SqlDatabase {
  query: SqlQuery;
  /** Runs `work` on one connection between BEGIN and COMMIT (ROLLBACK when it throws). */
  transaction<T>(work: (query: SqlQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

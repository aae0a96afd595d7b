import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database of its own on the test PostgreSQL server. */
export interface TestDatabase {
  url: string;
  /** Everything in its tables, as text. */
  dump(): Promise<string>;
  drop(): Promise<void>;
}

/**
 * The PostgreSQL server the test command starts (`scripts/test.mjs` sets `TEST_DATABASE_URL`). Under the test
 * command a missing server fails the tests; a developer running vitest alone gets a skip with the reason.
 */
export function postgresForTests(): { url: string | undefined; skipReason: string; createDatabase(serverUrl: string): Promise<TestDatabase> } {
  const url = process.env.TEST_DATABASE_URL?.trim() || undefined;
  if (url === undefined && process.env.WORKFLOW_BLOCKS_TEST_COMMAND === '1') {
    throw new Error('TEST_DATABASE_URL is not set although the test command is running: scripts/test.mjs starts PostgreSQL and sets it.');
  }
  const skipReason = 'TEST_DATABASE_URL is not set. `npm test` installs and starts PostgreSQL and sets it; to run these alone, start one and set TEST_DATABASE_URL=postgres://user@127.0.0.1:PORT/postgres';
  if (url === undefined) console.warn(`PostgreSQL store tests skipped: ${skipReason}`);
  return { url, skipReason, createDatabase };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `wb_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    dump: () =>
      withClient(url.href, async (client) => {
        const tables = await client.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'public'");
        let text = '';
        for (const { table_name: table } of tables.rows) text += JSON.stringify((await client.query(`select * from "${table}"`)).rows);
        return text;
      }),
    drop: () => withClient(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

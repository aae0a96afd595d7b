import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { openEmbeddedConnectionStore } from '../node/stores/embedded-connection-store.js';
import { openPostgresConnectionStore } from '../node/stores/postgres-connection-store.js';
import { describeConnectionStore } from '../test-support/connection-store-contract.js';
import { postgresForTests } from '../test-support/postgres-for-tests.js';
import { createMemoryConnectionStore } from './memory-connection-store.js';

describeConnectionStore('memory', () => {
  const store = createMemoryConnectionStore();
  return Promise.resolve({ store: () => store });
});

/** Every file under a directory, as one latin1 text, to search the bytes PGlite wrote. */
async function filesUnder(directory: string): Promise<string> {
  let all = '';
  for (const entry of await readdir(directory, { recursive: true })) {
    const path = join(directory, entry);
    if ((await stat(path)).isFile()) all += (await readFile(path)).toString('latin1');
  }
  return all;
}

describeConnectionStore('embedded (PGlite in a directory)', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'wb-connections-'));
  let store = await openEmbeddedConnectionStore(directory);
  return {
    store: () => store,
    reopen: async () => {
      await store.close();
      store = await openEmbeddedConnectionStore(directory);
    },
    // PGlite writes on close and checkpoint: close, read every file, open again.
    written: async () => {
      await store.close();
      const bytes = await filesUnder(directory);
      store = await openEmbeddedConnectionStore(directory);
      return bytes;
    },
    cleanup: () => rm(directory, { recursive: true, force: true }),
  };
});

const postgres = postgresForTests();
if (postgres.url === undefined) {
  describe('ConnectionStore: PostgreSQL', () => {
    it.skip(`not run: ${postgres.skipReason}`, () => undefined);
  });
} else {
  const serverUrl = postgres.url;
  describeConnectionStore('PostgreSQL', async () => {
    const database = await postgres.createDatabase(serverUrl);
    let store = await openPostgresConnectionStore({ connectionString: database.url });
    return {
      store: () => store,
      reopen: async () => {
        await store.close();
        store = await openPostgresConnectionStore({ connectionString: database.url });
      },
      written: () => database.dump(),
      cleanup: () => database.drop(),
    };
  });
}

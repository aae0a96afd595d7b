import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionStore, StoredConnection } from '../connections/connection-store.js';
import { ConnectionVault } from '../connections/connection-vault.js';
import { createTokenCipher, generateEncryptionKey } from '../connections/token-cipher.js';

/** A store under test, and (for stores that persist) a way to open it again and to read what it wrote. */
export interface StoreUnderTest {
  /** The store as it is now (a restart replaces it). */
  store: () => ConnectionStore;
  /** Closes the store and opens the same database again (a restart). */
  reopen?: () => Promise<void>;
  /** Every byte the store has written (database files or a dump of its tables), to look for secrets. */
  written?: () => Promise<string>;
  /** Drops what the test created. */
  cleanup?: () => Promise<void>;
}

let counter = 0;
/** A tenant id no other test of this run uses, so one database can serve every test. */
const tenant = (name: string) => `${name}-${process.pid}-${(counter += 1)}`;

function connection(tenantId: string, extra: Partial<StoredConnection> = {}): StoredConnection {
  return {
    tenantId,
    connectionId: `conn-${tenantId}`,
    method: 'oauth',
    region: 'eu',
    token: { keyId: '0123456789abcdef', ciphertext: 'Y2lwaGVydGV4dA==' },
    workspace: { id: 'ecahpwf5', name: 'Acme Support' },
    admin: { id: '991267', name: 'Ada Lovelace', email: 'ada@example.com' },
    connectedAt: '2026-12-01T10:00:00.000Z',
    ...extra,
  };
}

/**
 * The tests every `ConnectionStore` passes: memory, the embedded PGlite store and PostgreSQL run the same ones.
 * @param name - the store's name in the test titles.
 * @param open - makes a fresh store (and says how to restart it, for stores that persist).
 */
export function describeConnectionStore(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`ConnectionStore: ${name}`, () => {
    let subject: StoreUnderTest;
    // Always the store as it is now: a restart replaces it.
    const store: ConnectionStore = {
      get: (tenantId) => subject.store().get(tenantId),
      save: (connection) => subject.store().save(connection),
      delete: (tenantId) => subject.store().delete(tenantId),
      markNeedsReconnect: (tenantId, connectionId, mark) => subject.store().markNeedsReconnect(tenantId, connectionId, mark),
      replaceToken: (tenantId, connectionId, token) => subject.store().replaceToken(tenantId, connectionId, token),
      close: () => subject.store().close(),
    };
    beforeAll(async () => {
      subject = await open();
    }, 120_000);
    afterAll(async () => {
      await subject.store().close();
      await subject.cleanup?.();
    }, 60_000);

    it('has nothing for a tenant that never connected', async () => {
      expect(await store.get(tenant('nobody'))).toBeUndefined();
      expect(await store.delete(tenant('nobody'))).toBe(false);
    });

    it('keeps every field of a connection, and leaves out what was not given', async () => {
      const full = connection(tenant('full'));
      await store.save(full);
      expect(await store.get(full.tenantId)).toEqual(full);
      const bare = connection(tenant('bare'), { method: 'token', region: 'us', workspace: undefined, admin: undefined });
      delete bare.workspace;
      delete bare.admin;
      await store.save(bare);
      expect(await store.get(bare.tenantId)).toEqual(bare);
      const partly = connection(tenant('partly'), { workspace: { id: 'w1' }, admin: { id: 'a1' } });
      await store.save(partly);
      expect(await store.get(partly.tenantId)).toEqual(partly);
    });

    it("keeps tenants apart: one tenant's save and delete leave another's connection alone", async () => {
      const acme = connection(tenant('acme'));
      const globex = connection(tenant('globex'), { region: 'us', workspace: { id: 'other', name: 'Globex' } });
      await store.save(acme);
      await store.save(globex);
      expect(await store.delete(acme.tenantId)).toBe(true);
      expect(await store.get(acme.tenantId)).toBeUndefined();
      expect(await store.get(globex.tenantId)).toEqual(globex);
      expect(await store.markNeedsReconnect(globex.tenantId, acme.connectionId, { reason: 'x', at: '2026-12-01T10:00:00.000Z' })).toBe(false);
      expect((await store.get(globex.tenantId))?.needsReconnect).toBeUndefined();
    });

    it("marks only the tenant's current connection as needing a reconnect; a new connection clears the mark", async () => {
      const first = connection(tenant('mark'));
      await store.save(first);
      const mark = { reason: 'Intercom said: Token was revoked [token_revoked].', code: 'token_revoked', at: '2026-12-01T11:00:00.000Z' };
      expect(await store.markNeedsReconnect(first.tenantId, first.connectionId, mark)).toBe(true);
      expect(await store.get(first.tenantId)).toEqual({ ...first, needsReconnect: mark });

      const second = { ...first, connectionId: 'conn-second', connectedAt: '2026-12-01T12:00:00.000Z' };
      await store.save(second);
      expect(await store.get(first.tenantId)).toEqual(second);
      // A late 401 seen with the old token does not mark the new connection.
      expect(await store.markNeedsReconnect(first.tenantId, first.connectionId, mark)).toBe(false);
      expect((await store.get(first.tenantId))?.needsReconnect).toBeUndefined();
      const withoutCode = { reason: 'Intercom said: Unauthorized.', at: '2026-12-01T12:30:00.000Z' };
      expect(await store.markNeedsReconnect(first.tenantId, second.connectionId, withoutCode)).toBe(true);
      expect((await store.get(first.tenantId))?.needsReconnect).toEqual(withoutCode);
    });

    it("replaces the token's ciphertext only for the current connection", async () => {
      const saved = connection(tenant('rotate'));
      await store.save(saved);
      const token = { keyId: 'fedcba9876543210', ciphertext: 'bmV3LWNpcGhlcnRleHQ=' };
      expect(await store.replaceToken(saved.tenantId, 'some-older-connection', token)).toBe(false);
      expect((await store.get(saved.tenantId))?.token).toEqual(saved.token);
      expect(await store.replaceToken(saved.tenantId, saved.connectionId, token)).toBe(true);
      expect(await store.get(saved.tenantId)).toEqual({ ...saved, token });
    });

    it('holds no token in clear: only ciphertext and the key id, and re-encrypts a token read with a previous key', async () => {
      const oldKey = generateEncryptionKey();
      const tenantId = tenant('cipher');
      const secret = 'tok-in-clear-must-never-be-stored-5e1a';
      await new ConnectionVault(store, createTokenCipher(oldKey), () => undefined).connect(tenantId, { method: 'token', accessToken: secret, region: 'us' });
      const stored = await store.get(tenantId);
      expect(JSON.stringify(stored)).not.toContain(secret);

      const rotated = createTokenCipher(generateEncryptionKey(), [oldKey]);
      const vault = new ConnectionVault(store, rotated, () => undefined);
      expect(await vault.target(tenantId)).toMatchObject({ ok: true, accessToken: secret });
      const after = await store.get(tenantId);
      expect(after?.token.keyId).toBe(rotated.keyId);
      expect(after?.token.keyId).not.toBe(stored?.token.keyId);
      // The new ciphertext no longer needs the old key.
      expect(await new ConnectionVault(store, createTokenCipher(generateEncryptionKey(), []), () => undefined).target(tenantId)).toMatchObject({ ok: false });
      expect(createTokenCipher(generateEncryptionKey(), [generateEncryptionKey()]).keyId).not.toBe(rotated.keyId);
      if (subject.written) {
        const written = await subject.written();
        expect(written).toContain(after?.token.ciphertext.slice(0, 16) ?? '?');
        expect(written).not.toContain(secret);
        expect(written).not.toContain(oldKey);
      }
    });

    it('keeps connections across a restart', async () => {
      if (!subject.reopen) return;
      const kept = connection(tenant('restart'));
      await store.save(kept);
      await store.markNeedsReconnect(kept.tenantId, kept.connectionId, { reason: 'r', code: 'token_revoked', at: '2026-12-01T13:00:00.000Z' });
      await subject.reopen();
      expect(await store.get(kept.tenantId)).toEqual({ ...kept, needsReconnect: { reason: 'r', code: 'token_revoked', at: '2026-12-01T13:00:00.000Z' } });
    }, 120_000);
  });
}

import { copyConnection, type ConnectionStore, type StoredConnection } from './connection-store.js';

/**
 * Keeps connections in this process only (lost on restart): for tests and the sandbox's demo.
 * @example createIntercomProxy({ store: createMemoryConnectionStore(), ... })
 */
export function createMemoryConnectionStore(): ConnectionStore {
  const connections = new Map<string, StoredConnection>();
  const current = (tenantId: string, connectionId: string) => {
    const found = connections.get(tenantId);
    return found?.connectionId === connectionId ? found : undefined;
  };
  return {
    get: (tenantId) => {
      const found = connections.get(tenantId);
      return Promise.resolve(found ? copyConnection(found) : undefined);
    },
    save: (connection) => {
      connections.set(connection.tenantId, copyConnection(connection));
      return Promise.resolve();
    },
    delete: (tenantId) => Promise.resolve(connections.delete(tenantId)),
    markNeedsReconnect: (tenantId, connectionId, mark) => {
      const found = current(tenantId, connectionId);
      if (found) found.needsReconnect = { ...mark };
      return Promise.resolve(found !== undefined);
    },
    replaceToken: (tenantId, connectionId, token) => {
      const found = current(tenantId, connectionId);
      if (found) found.token = { ...token };
      return Promise.resolve(found !== undefined);
    },
    close: () => Promise.resolve(),
  };
}

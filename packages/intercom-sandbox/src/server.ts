import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDroppedConnection } from './faults/dropped-connection.js';
import { createIntercomSandbox, type IntercomSandbox } from './sandbox.js';

export interface SandboxServerOptions {
  /** The sandbox to serve (default: a new one). */
  sandbox?: IntercomSandbox;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind (default 127.0.0.1: the sandbox is for this machine only). */
  host?: string;
}

export interface SandboxServer {
  /** Base URL to use in place of `https://api.intercom.io`, e.g. `http://127.0.0.1:54321`. */
  url: string;
  sandbox: IntercomSandbox;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/**
 * Serves a sandbox over HTTP on Node. A `drop` fault destroys the socket, so clients see a reset
 * connection exactly as with a network failure.
 * @example
 * const server = await startSandboxServer();
 * await fetch(`${server.url}/admins`, { headers: { Authorization: 'Bearer sandbox-token' } });
 * await server.close();
 */
export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const sandbox = options.sandbox ?? createIntercomSandbox();
  const host = options.host ?? '127.0.0.1';
  const server = createAdaptorServer({
    fetch: async (request, env) => {
      try {
        return await sandbox.fetch(request);
      } catch (error) {
        // A dropped connection or a client that went away: end the socket without an answer.
        if (isDroppedConnection(error) || request.signal.aborted) {
          env.incoming.socket.destroy();
          return new Response(null, { status: 204 });
        }
        throw error;
      }
    },
  }) as Server;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url,
    sandbox,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

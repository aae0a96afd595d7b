import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';

/** A web-standard handler listening on a Node HTTP server. */
export interface ListeningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves a `Request -> Response` handler with @hono/node-server and waits until it listens.
 * @param fetch - the handler.
 * @param port - 0 picks a free port.
 * @param host - the interface, e.g. 127.0.0.1.
 */
export function listen(fetch: (request: Request) => Promise<Response>, port: number, host: string): Promise<ListeningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: host }, (info: AddressInfo) => {
      server.off('error', reject);
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections would hold close() open.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}

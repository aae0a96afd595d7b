import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request as the scripted server received it. */
export interface ReceivedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A plain Node HTTP server on 127.0.0.1 whose answers a test scripts, including misbehaving ones. */
export interface ScriptedServer {
  url: string;
  received: ReceivedRequest[];
  /** TCP connections opened so far (keep-alive reuse keeps this low). */
  connections: number;
  /** Connections closed so far (by either side). */
  closedConnections: number;
  /** Waits until `closedConnections` reaches a number (or fails after 2 s). */
  waitForClosed(count: number): Promise<void>;
  close(): Promise<void>;
}

/** Answers one request; it may also never answer, or destroy the socket. */
export type ScriptedHandler = (request: ReceivedRequest, response: ServerResponse, socket: Socket) => void;

/**
 * Starts a scripted server on a random loopback port.
 * @param handler - answers each request once its body has been read.
 * @param keepAliveTimeoutMs - how long the server keeps an idle connection (Node's default is 5 s).
 */
export async function startScriptedServer(handler: ScriptedHandler, keepAliveTimeoutMs = 5_000): Promise<ScriptedServer> {
  const received: ReceivedRequest[] = [];
  const state = { connections: 0, closedConnections: 0 };
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = { method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(request);
      handler(request, response, incoming.socket);
    });
  });
  server.keepAliveTimeout = keepAliveTimeoutMs;
  server.on('connection', (socket: Socket) => {
    state.connections += 1;
    socket.on('close', () => {
      state.closedConnections += 1;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    get connections() {
      return state.connections;
    },
    get closedConnections() {
      return state.closedConnections;
    },
    waitForClosed: async (count) => {
      const until = Date.now() + 2_000;
      while (state.closedConnections < count) {
        if (Date.now() > until) throw new Error(`${state.closedConnections} of ${count} connections closed after 2 s`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

import http from 'node:http';
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import {
  announcedLength,
  intercomResponseTooLargeError,
  intercomTimeoutError,
  type IntercomHttpAnswer,
  type IntercomHttpClient,
  type IntercomHttpRequest,
} from '../intercom-http-client.js';

/** Settings of `createNodeHttpClient`. */
export interface NodeHttpClientOptions {
  /** Most open connections per Intercom host. Default 64 (the proxy's limiter allows 20 calls in flight by default). */
  maxSockets?: number;
  /**
   * How long an unused keep-alive connection is kept, in ms. Default 4,000: below the 5 s that Node servers
   * (and many load balancers) keep one, so a call is not sent on a connection the server is closing.
   * Node also honours a shorter `Keep-Alive: timeout=` from the server.
   */
  idleTimeoutMs?: number;
}

/** A client with its own keep-alive connections; `close` ends them. */
export interface NodeHttpClient extends IntercomHttpClient {
  /** Closes every connection (idle ones at once, busy ones when their call ends). */
  close(): void;
}

/**
 * An Intercom client on `node:http`/`node:https` with keep-alive connection pools. It does what the default
 * fetch client does (no redirects followed, a time limit on the whole call, the answer read whole) at about a
 * third of the CPU per call, which is what a proxy on a small machine spends most of its time on.
 * @param options - pool settings.
 * @returns a client for `createIntercomProxy({ httpClient })`.
 * @example
 * const httpClient = createNodeHttpClient();
 * const proxy = createIntercomProxy({ ..., httpClient });
 * // on shutdown: httpClient.close()
 */
export function createNodeHttpClient(options: NodeHttpClientOptions = {}): NodeHttpClient {
  const maxSockets = options.maxSockets ?? 64;
  const idleTimeoutMs = options.idleTimeoutMs ?? 4_000;
  for (const [name, value] of [['maxSockets', maxSockets], ['idleTimeoutMs', idleTimeoutMs]] as const) {
    if (!Number.isFinite(value) || value < 1) throw new Error(`Node HTTP client option ${name} must be a number of at least 1, not ${String(value)}.`);
  }
  // `timeout` here only closes sockets that sit unused in the pool; a call's own limit is the timer in `send`.
  const pool = { keepAlive: true, maxSockets, maxFreeSockets: maxSockets, timeout: idleTimeoutMs, scheduling: 'lifo' as const };
  const agents = { http: new http.Agent(pool), https: new https.Agent(pool) };
  return {
    send: (request) => send(request, request.url.protocol === 'https:' ? https : http, request.url.protocol === 'https:' ? agents.https : agents.http),
    close: () => {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

function send(request: IntercomHttpRequest, transport: typeof http | typeof https, agent: http.Agent): Promise<IntercomHttpAnswer> {
  const { method, url, body, timeoutMs, maxResponseBytes } = request;
  const headers: Record<string, string | number> = { ...request.headers };
  if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
  return new Promise<IntercomHttpAnswer>((resolve, reject) => {
    let settled = false;
    const outgoing = transport.request(url, { method, headers, agent }, (incoming) => {
      const announced = announcedLength(incoming.headers['content-length']);
      if (announced !== undefined && announced > maxResponseBytes) {
        settle(intercomResponseTooLargeError(maxResponseBytes));
        return;
      }
      // Bytes, decoded once at the end: counts what arrived, and never splits a character.
      const chunks: Buffer[] = [];
      let received = 0;
      incoming.on('data', (chunk: Buffer) => {
        received += chunk.length;
        // One answer never grows without bound (a 600 MB string would kill the process).
        if (received > maxResponseBytes) settle(intercomResponseTooLargeError(maxResponseBytes));
        else chunks.push(chunk);
      });
      incoming.on('end', () =>
        settle(undefined, { status: incoming.statusCode ?? 0, headers: flatten(incoming.headers), body: Buffer.concat(chunks, received).toString('utf8') }),
      );
      incoming.on('error', (error) => settle(error));
      // The connection closed before the whole body arrived (Node may not say so with an error).
      incoming.on('close', () => {
        if (!incoming.complete) settle(connectionReset('the connection closed before the whole answer arrived'));
      });
    });
    const timer = setTimeout(() => settle(intercomTimeoutError(timeoutMs)), timeoutMs);
    outgoing.on('error', (error) => settle(error));
    outgoing.end(body);

    // Called from events only, so `outgoing` and `timer` are set by then.
    function settle(error: Error | undefined, answer?: IntercomHttpAnswer): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        // A call that failed half-way leaves its socket unusable: never hand it back to the pool.
        outgoing.destroy();
        reject(error);
      } else if (answer) resolve(answer);
    }
  });
}

function connectionReset(message: string): Error {
  return Object.assign(new Error(message), { code: 'ECONNRESET' });
}

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

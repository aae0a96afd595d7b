import { afterEach, expect, it } from 'vitest';
import { isTimeoutError, type IntercomHttpClient, type IntercomHttpRequest } from '../intercom-http-client.js';
import { startScriptedServer, type ScriptedHandler, type ScriptedServer } from './scripted-server.js';

/** The code a failed connection carries, on the error or on its cause. */
export function errorCode(error: unknown): unknown {
  const withCode = (value: unknown) => (value !== null && typeof value === 'object' && 'code' in value ? value.code : undefined);
  return withCode(error) ?? withCode((error as { cause?: unknown } | undefined)?.cause);
}

/**
 * What every `IntercomHttpClient` must do, over real HTTP on 127.0.0.1: send exactly the request, read the
 * whole answer, never follow a redirect, keep its time limit, and fail (never answer half) on a dropped connection.
 * Call it inside a `describe` of the client's own test file.
 * @param makeClient - a new client per test; `close` is called after it when present.
 */
export function httpClientContract(makeClient: () => IntercomHttpClient & { close?: () => void }): void {
  let client: (IntercomHttpClient & { close?: () => void }) | undefined;
  let server: ScriptedServer | undefined;
  afterEach(async () => {
    client?.close?.();
    await server?.close();
    client = undefined;
    server = undefined;
  });

  const start = async (handler: ScriptedHandler) => {
    server = await startScriptedServer(handler);
    client = makeClient();
    return { server, client };
  };
  const get = (url: string, timeoutMs = 2_000, maxResponseBytes = 1_000_000): IntercomHttpRequest => ({
    method: 'GET',
    url: new URL(url),
    headers: { accept: 'application/json' },
    timeoutMs,
    maxResponseBytes,
  });

  it('sends the method, path, query, headers and body, and reads status, headers and a UTF-8 body split across chunks', async () => {
    const { server, client } = await start((_request, response) => {
      response.writeHead(201, { 'Content-Type': 'application/json', 'X-RateLimit-Remaining': '7', 'X-Note': ['a', 'b'] });
      const text = Buffer.from(JSON.stringify({ name: 'Zoë 🚀' }));
      // Cut inside the rocket's four bytes, so the client must decode across chunks.
      const cut = text.indexOf(0xf0) + 2;
      response.write(text.subarray(0, cut));
      setTimeout(() => response.end(text.subarray(cut)), 20);
    });
    const answer = await client.send({
      method: 'POST',
      url: new URL(`${server.url}/contacts/search?per_page=5`),
      headers: { authorization: 'Bearer tok-123456', 'content-type': 'application/json', 'intercom-version': '2.16' },
      body: JSON.stringify({ query: { field: 'name', operator: '=', value: 'Zoë' } }),
      timeoutMs: 2_000,
      maxResponseBytes: 1_000_000,
    });
    expect(answer).toMatchObject({ status: 201, body: '{"name":"Zoë 🚀"}' });
    expect(answer.headers).toMatchObject({ 'content-type': 'application/json', 'x-ratelimit-remaining': '7' });
    expect(answer.headers['x-note']).toBe('a, b');
    const [received] = server.received;
    expect(received).toMatchObject({ method: 'POST', url: '/contacts/search?per_page=5', body: '{"query":{"field":"name","operator":"=","value":"Zoë"}}' });
    expect(received?.headers).toMatchObject({ authorization: 'Bearer tok-123456', 'content-type': 'application/json', 'intercom-version': '2.16' });
    expect(received?.headers['content-length']).toBe(String(Buffer.byteLength(received?.body ?? '')));
  });

  it('does not follow a redirect (the token would travel with it)', async () => {
    const { server, client } = await start((request, response) => {
      if (request.url === '/admins') response.writeHead(302, { Location: '/elsewhere' }).end();
      else response.writeHead(200).end('followed');
    });
    const answer = await client.send(get(`${server.url}/admins`));
    expect(answer.status).toBe(302);
    expect(server.received.map((request) => request.url)).toEqual(['/admins']);
  });

  it('gives up with a TimeoutError when no answer comes in time, and closes the connection', async () => {
    const { server, client } = await start(() => undefined);
    const started = Date.now();
    const error = await client.send(get(`${server.url}/me`, 200)).catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(Date.now() - started).toBeLessThan(1_500);
    await server.waitForClosed(1);
  });

  it('gives up with a TimeoutError when the body trickles in past the limit', async () => {
    const { server, client } = await start((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"slow":');
      setTimeout(() => response.end('true}'), 1_000).unref();
    });
    const error = await client.send(get(`${server.url}/me`, 200)).catch((e: unknown) => e);
    expect(isTimeoutError(error)).toBe(true);
  });

  it('fails with a connection error, not a timeout, when the server drops the connection before answering', async () => {
    const { server, client } = await start((_request, _response, socket) => socket.destroy());
    const error = await client.send(get(`${server.url}/me`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isTimeoutError(error)).toBe(false);
    expect(typeof errorCode(error)).toBe('string');
  });

  it('fails, rather than answering half a body, when the connection drops mid-answer', async () => {
    const { server, client } = await start((_request, response, socket) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      response.write('{"partial":');
      setTimeout(() => socket.destroy(), 20);
    });
    const error = await client.send(get(`${server.url}/me`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isTimeoutError(error)).toBe(false);
  });

  it('stops reading an answer that streams past maxResponseBytes, fails with ResponseTooLargeError, and closes the connection', async () => {
    const chunk = Buffer.alloc(16 * 1024, 'x');
    let written = 0;
    const { server, client } = await start((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      // Far more than the limit, written as fast as the client reads, until it hangs up (at most 64 MiB).
      const pump = () => {
        while (!response.destroyed && written < 64 * 1024 * 1024) {
          written += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    });
    const started = Date.now();
    const error = await client.send(get(`${server.url}/contacts`, 10_000, 64 * 1024)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ResponseTooLargeError', message: "Intercom's answer is larger than 65536 bytes." });
    expect(Date.now() - started).toBeLessThan(5_000);
    await server.waitForClosed(1);
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses an answer whose Content-Length is over maxResponseBytes, and reads one exactly at it', async () => {
    const body = JSON.stringify({ type: 'list', data: ['é'.repeat(100)] });
    const { server, client } = await start((_request, response) => response.writeHead(200, { 'Content-Length': Buffer.byteLength(body) }).end(body));
    const limit = Buffer.byteLength(body);
    expect(await client.send(get(`${server.url}/a`, 2_000, limit - 1)).catch((e: unknown) => e)).toMatchObject({ name: 'ResponseTooLargeError' });
    expect((await client.send(get(`${server.url}/b`, 2_000, limit))).body).toBe(body);
  });

  it('fails with ECONNREFUSED when nothing listens', async () => {
    const { server, client } = await start(() => undefined);
    const url = server.url;
    await server.close();
    const error = await client.send(get(`${url}/me`)).catch((e: unknown) => e);
    expect(errorCode(error)).toBe('ECONNREFUSED');
  });
}

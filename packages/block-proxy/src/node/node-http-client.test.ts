import { afterEach, describe, expect, it } from 'vitest';
import { httpClientContract } from '../test-support/http-client-contract.js';
import { startScriptedServer, type ScriptedServer } from '../test-support/scripted-server.js';
import { createNodeHttpClient, type NodeHttpClient } from './node-http-client.js';

describe('createNodeHttpClient over real HTTP', () => {
  httpClientContract(() => createNodeHttpClient());
});

describe('createNodeHttpClient connections', () => {
  let client: NodeHttpClient | undefined;
  let server: ScriptedServer | undefined;
  afterEach(async () => {
    client?.close();
    await server?.close();
    client = undefined;
    server = undefined;
  });
  const get = (path: string, timeoutMs = 2_000) => client!.send({ method: 'GET', url: new URL(`${server!.url}${path}`), headers: {}, timeoutMs, maxResponseBytes: 1_000_000 });

  it('reuses one keep-alive connection for calls in a row, and close() ends it', async () => {
    server = await startScriptedServer((_request, response) => response.end('{}'));
    client = createNodeHttpClient();
    for (let i = 0; i < 5; i += 1) expect((await get('/admins')).status).toBe(200);
    expect(server.connections).toBe(1);
    client.close();
    await server.waitForClosed(1);
  });

  it('opens at most maxSockets connections however many calls are in flight', async () => {
    server = await startScriptedServer((_request, response) => setTimeout(() => response.end('{}'), 20));
    client = createNodeHttpClient({ maxSockets: 3 });
    const answers = await Promise.all(Array.from({ length: 12 }, () => get('/admins')));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(server.connections).toBe(3);
  });

  it('does not reuse a connection after a timeout, and the next call works', async () => {
    server = await startScriptedServer((request, response) => {
      if (request.url !== '/slow') response.end('{"ok":true}');
    });
    client = createNodeHttpClient();
    await expect(get('/slow', 100)).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(await get('/fast')).toMatchObject({ status: 200, body: '{"ok":true}' });
    expect(server.connections).toBe(2);
  });

  it('starts a new connection when the server has closed an idle one', async () => {
    server = await startScriptedServer((_request, response) => response.end('{}'), 100);
    client = createNodeHttpClient();
    expect((await get('/admins')).status).toBe(200);
    await server.waitForClosed(1);
    expect((await get('/admins')).status).toBe(200);
    expect(server.connections).toBe(2);
  });

  it('lets a call that is slower than the idle timeout finish within its own limit', async () => {
    server = await startScriptedServer((_request, response) => setTimeout(() => response.end('{"late":true}'), 300));
    client = createNodeHttpClient({ idleTimeoutMs: 100 });
    expect(await get('/admins', 2_000)).toMatchObject({ status: 200, body: '{"late":true}' });
  });

  it('refuses settings that would break the pool', () => {
    expect(() => createNodeHttpClient({ maxSockets: 0 })).toThrow(/maxSockets/);
    expect(() => createNodeHttpClient({ idleTimeoutMs: Number.NaN })).toThrow(/idleTimeoutMs/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harnessClients, startProxyHarness, type ProxyHarness } from './test-support/proxy-harness.js';
import { startScriptedServer, type ScriptedServer } from './test-support/scripted-server.js';

const CAP = 64 * 1024;
const STREAM_LIMIT = 256 * 1024 * 1024;

describe.each(harnessClients)('with the %s client', (client) => {
  describe('an Intercom answer larger than maxResponseBytes', () => {
    let intercom: ScriptedServer;
    let harness: ProxyHarness;
    let streamed = 0;

    beforeAll(async () => {
      const chunk = Buffer.alloc(64 * 1024, ' ');
      intercom = await startScriptedServer((request, response) => {
        if (request.url.startsWith('/contacts/huge') || request.url.startsWith('/admins')) {
          // A JSON answer that never ends: far more than the cap, as fast as it is read, until the proxy hangs up.
          response.writeHead(200, { 'Content-Type': 'application/json' });
          response.write('{"type":"contact","id":"huge","name":"');
          const pump = () => {
            while (!response.destroyed && streamed < STREAM_LIMIT) {
              streamed += chunk.length;
              if (!response.write(chunk)) return void response.once('drain', pump);
            }
            response.end('"}');
          };
          pump();
        } else if (request.url.startsWith('/contacts/announced')) {
          response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(600 * 1024 * 1024) });
          response.write('{"type":"contact"');
        } else {
          response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ type: 'contact', id: 'small', email: 'small@example.com' }));
        }
      });
      harness = await startProxyHarness({ client, accessToken: 'oversized-token-0123456789', proxy: { baseUrl: intercom.url, mode: 'intercom', maxResponseBytes: CAP, timeoutMs: 10_000 } });
    });
    afterAll(async () => {
      await harness.close();
      await intercom.close();
    });

    it('fails that run with 502 and a clear error, reads no further, and keeps serving', async () => {
      const huge = await harness.execute({ resource: 'contact', operation: 'get', contactId: 'huge' });
      expect(huge).toEqual({ status: 502, json: { success: false, error: `Intercom's answer was larger than the proxy accepts (${CAP} bytes), so it was not read.` } });
      expect(streamed).toBeLessThan(STREAM_LIMIT);
      // Read once: the same request would get the same answer.
      expect(intercom.received.filter((request) => request.url === '/contacts/huge')).toHaveLength(1);

      expect((await harness.call('/v1/intercom/health')).status).toBe(200);
      expect(await harness.execute({ resource: 'contact', operation: 'get', contactId: 'small' })).toMatchObject({ status: 200, json: { success: true, contact: { id: 'small' } } });
    });

    it('refuses an announced 600 MB answer before reading it, for a write saying the change may have been made', async () => {
      const update = await harness.execute({ resource: 'contact', operation: 'update', contactId: 'announced', name: 'Big' });
      expect(update.status).toBe(502);
      expect((update.json as { error: string }).error).toMatch(/larger than the proxy accepts .* The change may or may not have been made/);
      expect((await harness.call('/v1/intercom/health')).status).toBe(200);
    });

    it('fails a picker the same way, and the block client reports the run in the proxy words', async () => {
      expect((await harness.call('/v1/intercom/admins')).status).toBe(502);
      expect(await harness.transport.execute({ resource: 'admin', operation: 'list' })).toEqual({
        success: false,
        error: `Intercom's answer was larger than the proxy accepts (${CAP} bytes), so it was not read.`,
      });
      expect(await harness.transport.execute({ resource: 'contact', operation: 'get', contactId: 'small' })).toMatchObject({ success: true });
    });
  });
});

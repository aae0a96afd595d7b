import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContactIds, seedConversationIds } from '@workflow-blocks/intercom-sandbox';
import { harnessClients, startProxyHarness, type ProxyHarness } from './test-support/proxy-harness.js';
import { revealsSecret } from './test-support/secret-forms.js';

/** Fails with the place where the token showed up. */
function expectNoToken(harness: ProxyHarness, token: string): void {
  expect(harness.responses.length).toBeGreaterThan(5);
  expect(harness.logs.length).toBeGreaterThan(5);
  for (const response of harness.responses) {
    expect(response.body).not.toContain(token);
    for (const [name, value] of Object.entries(response.headers)) expect(`${name}: ${value}`).not.toContain(token);
  }
  for (const line of harness.logs) expect(line).not.toContain(token);
}

describe.each(harnessClients)('with the %s client', (client) => {
  describe('the Intercom token never leaves the server', () => {
    it('is in no answer, header or log line, on success or failure', async () => {
      const harness = await startProxyHarness({ client, proxy: { timeoutMs: 300 } });
      const token = harness.sandbox.token;
      try {
        const { transport, sandbox } = harness;
        await transport.connection();
        await transport.ticketTypes();
        await transport.admins();
        await transport.execute({ resource: 'contact', operation: 'get', contactId: seedContactIds.amara });
        await transport.execute({ resource: 'contact', operation: 'get', contactId: 'missing-contact' });
        await transport.execute({ resource: 'contact', operation: 'create', email: 'bad' });
        await transport.execute({ resource: 'contact', operation: 'merge' });
        sandbox.faults.add({ route: 'POST /contacts', kind: 'server_error', count: 1 });
        await transport.execute({ resource: 'contact', operation: 'create', email: 'x@example.com' });
        sandbox.faults.add({ route: 'POST /conversations/:id/reply', kind: 'drop', count: 1 });
        await transport.execute({ resource: 'conversation', operation: 'reply', conversationId: seedConversationIds.exportFailing, message: 'hi' });
        sandbox.faults.add({ route: 'GET /admins', kind: 'latency', delayMs: 600, count: 2 });
        await transport.execute({ resource: 'admin', operation: 'list' });
        await harness.call('/v1/intercom/admins', { auth: false });
        await harness.call('/nowhere');
        await harness.setAccessToken('a-wrong-token-for-this-test');
        await transport.execute({ resource: 'contact', operation: 'list' });
        await transport.connection();
        // The sandbox did receive the token: the checks above are about the proxy not repeating it.
        expect(sandbox.seen.some((seen) => seen.headers.authorization === `Bearer ${token}`)).toBe(true);
        expectNoToken(harness, token);
        expectNoToken(harness, 'a-wrong-token-for-this-test');
      } finally {
        await harness.close();
      }
    });

    describe('even when the upstream server echoes it', () => {
      let echo: Server;
      let echoUrl: string;
      let received: string[] = [];

      /** An "Intercom" that repeats the Authorization header everywhere it can. */
      function answer(request: IncomingMessage, response: ServerResponse) {
        const auth = request.headers.authorization ?? '';
        received.push(auth);
        const path = request.url ?? '';
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('X-Echo', auth);
        if (path.startsWith('/me')) {
          response.end(JSON.stringify({ type: 'admin', id: '1', name: auth, email: 'a@example.com', app: { id_code: auth, name: auth } }));
        } else if (path.startsWith('/admins')) {
          response.end(JSON.stringify({ type: 'admin.list', admins: [{ type: 'admin', id: '1', name: auth, email: 'a@example.com' }] }));
        } else if (path.startsWith('/ticket_types')) {
          response.end(JSON.stringify({ type: 'list', data: [{ id: '1', name: auth, ticket_type_attributes: { data: [{ name: auth, data_type: 'string' }] } }] }));
        } else if (path.startsWith('/contacts/unauthorized')) {
          response.statusCode = 401;
          response.end(JSON.stringify({ type: 'error.list', request_id: auth, errors: [{ code: 'unauthorized', message: `Token ${auth} is invalid` }] }));
        } else if (path.startsWith('/contacts/plain')) {
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/plain');
          response.end(`upstream broke while handling ${auth}`);
        } else {
          response.statusCode = 400;
          response.end(JSON.stringify({ type: 'error.list', request_id: auth, errors: [{ code: 'parameter_invalid', message: `bad ${auth}`, field: auth }] }));
        }
      }

      beforeAll(async () => {
        echo = createServer(answer);
        await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
        echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
      });
      afterAll(async () => {
        await new Promise<void>((resolve) => echo.close(() => resolve()));
      });

      it('strips it from bodies, errors, pickers, the connection state and logs', async () => {
        const token = 'echo-token-3e8b1f0c9d';
        received = [];
        const harness = await startProxyHarness({ client, accessToken: token, proxy: { baseUrl: echoUrl, mode: 'intercom' } });
        try {
          const { transport } = harness;
          const state = await transport.connection();
          expect(state.connected).toBe(true);
          expect((await transport.admins())[0]?.name).toBe('Bearer [redacted]');
          await transport.ticketTypes();
          const admins = await transport.execute({ resource: 'admin', operation: 'list' });
          expect(admins.success).toBe(true);
          const invalid = await transport.execute({ resource: 'contact', operation: 'get', contactId: 'x' });
          expect(invalid.error).toContain('[redacted]');
          await transport.execute({ resource: 'contact', operation: 'get', contactId: 'plain' });
          await transport.execute({ resource: 'contact', operation: 'get', contactId: 'unauthorized' });
          const disconnected = await transport.connection();
          expect(disconnected.connected).toBe(false);
          expect(received).toContain(`Bearer ${token}`);
          expectNoToken(harness, token);
        } finally {
          await harness.close();
        }
      });
    });

    describe('even when the upstream server echoes it encoded', () => {
      const token = 'dG9rOjE/echo+Token=3e8b1f0c9d';
      let echo: Server;
      let echoUrl: string;

      const jsonUnicode = (text: string) => Array.from(text, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
      const everyByte = (text: string) => Array.from(Buffer.from(text), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
      const errorList = (code: string, message: string) => `{"type":"error.list","request_id":"r1","errors":[{"code":"${code}","message":"${message}"}]}`;

      /** An "Intercom" that answers each contact id with the Authorization header in another encoding. */
      function answer(request: IncomingMessage, response: ServerResponse) {
        const auth = request.headers.authorization ?? '';
        const path = request.url ?? '';
        const send = (status: number, body: string, headers: Record<string, string> = {}) => {
          response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
          response.end(body);
        };
        if (path.startsWith('/me')) send(200, JSON.stringify({ type: 'admin', id: '1', name: 'Ann', app: { id_code: 'w1', name: 'W' } }));
        else if (path === '/contacts/json-slash') send(400, errorList('parameter_invalid', `bad ${auth.replace(/\//g, '\\/')}`));
        else if (path === '/contacts/json-unicode') send(400, errorList('parameter_invalid', `bad ${jsonUnicode(auth)}`));
        else if (path === '/contacts/merged') send(410, errorList('contact_merged', 'merged'), { Link: `</contacts/${encodeURIComponent(token)}>; rel="canonical"` });
        else if (path === '/contacts/merged-every-byte') send(410, errorList('contact_merged', 'merged'), { Link: `</contacts/${everyByte(token)}>; rel="canonical"` });
        else if (path === '/contacts/base64') send(400, errorList('parameter_invalid', `credentials ${Buffer.from(auth).toString('base64')}`));
        else if (path === '/contacts/base64url') send(400, errorList('parameter_invalid', `credentials ${Buffer.from(`:${token}`).toString('base64url')}`));
        else if (path === '/contacts/text') {
          response.writeHead(500, { 'Content-Type': 'text/plain' });
          response.end(`upstream broke on ${auth.replace(/\//g, '\\/')} and ${encodeURIComponent(auth)}`);
        } else send(404, errorList('not_found', 'none'));
      }

      beforeAll(async () => {
        echo = createServer(answer);
        await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
        echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
      });
      afterAll(async () => {
        await new Promise<void>((resolve) => echo.close(() => resolve()));
      });

      it.each(['json-slash', 'json-unicode', 'merged', 'merged-every-byte', 'base64', 'base64url', 'text'])(
        'strips it from the answer to a %s echo, in every form a reader could decode',
        async (contactId) => {
          const harness = await startProxyHarness({ client, accessToken: token, proxy: { baseUrl: echoUrl, mode: 'intercom' } });
          try {
            const outputs = await harness.transport.execute({ resource: 'contact', operation: 'get', contactId });
            expect(outputs.success).toBe(false);
            // The echo reached the answer (so the test can fail), with the token taken out.
            expect(outputs.error).toContain('[redacted]');
            expect(revealsSecret(JSON.stringify(outputs), token)).toBe(false);
            expect(harness.responses.length).toBeGreaterThan(0);
            for (const response of harness.responses) {
              expect(revealsSecret(response.body, token)).toBe(false);
              for (const value of Object.values(response.headers)) expect(revealsSecret(value, token)).toBe(false);
            }
            for (const line of harness.logs) expect(revealsSecret(line, token)).toBe(false);
          } finally {
            await harness.close();
          }
        },
      );
    });
  });
});

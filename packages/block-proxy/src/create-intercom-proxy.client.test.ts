import { describe, expect, it } from 'vitest';
import { INTERCOM_API_VERSION } from '@workflow-blocks/block-core';
import { bearerKeyAuthenticator } from './bearer-authenticator.js';
import { generateEncryptionKey } from './connections/token-cipher.js';
import { createIntercomProxy } from './create-intercom-proxy.js';
import type { IntercomHttpClient, IntercomHttpRequest } from './intercom-http-client.js';

const KEY = 'client-test-key-0123456789abcdef';

/** A client that records what the proxy asks of it and answers like Intercom would. */
function recordingClient(): IntercomHttpClient & { sent: IntercomHttpRequest[] } {
  const sent: IntercomHttpRequest[] = [];
  return {
    sent,
    send: (request) => {
      sent.push(request);
      return Promise.resolve({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'contact', id: 'c1', email: 'a@example.com' }) });
    },
  };
}

const execute = (config: Record<string, unknown>) =>
  new Request('http://proxy/v1/intercom/execute', { method: 'POST', headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ config }) });

describe('createIntercomProxy with an httpClient', () => {
  it('sends every Intercom call through it, with the token, version and time limit', async () => {
    const client = recordingClient();
    const proxy = createIntercomProxy({ authenticate: bearerKeyAuthenticator(KEY), encryptionKey: generateEncryptionKey(), baseUrl: 'https://intercom.test/base', httpClient: client, timeoutMs: 1234 });
    await proxy.connect('default', { accessToken: 'tok-abcdef', region: 'us' });

    const read = await proxy.fetch(execute({ resource: 'contact', operation: 'get', contactId: 'c1' }));
    expect(await read.json()).toMatchObject({ success: true, contact: { id: 'c1' } });
    const write = await proxy.fetch(execute({ resource: 'contact', operation: 'update', contactId: 'c1', name: 'New' }));
    expect((await write.json()) as unknown).toMatchObject({ success: true });

    expect(client.sent.map((request) => `${request.method} ${request.url.href}`)).toEqual(['GET https://intercom.test/base/contacts/c1', 'PUT https://intercom.test/base/contacts/c1']);
    const [get, put] = client.sent;
    expect(get).toMatchObject({ timeoutMs: 1234, headers: { authorization: 'Bearer tok-abcdef', 'intercom-version': INTERCOM_API_VERSION, accept: 'application/json' } });
    expect(get?.body).toBeUndefined();
    expect(get?.headers['content-type']).toBeUndefined();
    expect(put?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(put?.body ?? '')).toEqual({ name: 'New' });
  });

  it('refuses both httpClient and fetch, since one of them would be ignored', () => {
    expect(() =>
      createIntercomProxy({ authenticate: () => ({ tenantId: 'default' }), encryptionKey: generateEncryptionKey(), httpClient: recordingClient(), fetch: () => Promise.resolve(new Response('{}')) }),
    ).toThrow(/either httpClient or fetch/);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validateConfig, type IntercomConfig } from '@workflow-blocks/block-core';
import { seedContactIds } from '@workflow-blocks/intercom-sandbox';
import { startProxyHarness, type ProxyHarness } from './test-support/proxy-harness.js';

const APP_ORIGIN = 'http://app.example';
const MAX_BODY = 4096;
let harness: ProxyHarness;

beforeAll(async () => {
  harness = await startProxyHarness({ proxy: { allowedOrigins: [APP_ORIGIN], maxBodyBytes: MAX_BODY } });
});
afterAll(async () => {
  await harness.close();
});
beforeEach(() => {
  harness.sandbox.reset();
});

const routes: [string, string][] = [
  ['POST', '/v1/intercom/execute'],
  ['GET', '/v1/intercom/connection'],
  ['GET', '/v1/intercom/ticket-types'],
  ['GET', '/v1/intercom/admins'],
  ['GET', '/v1/intercom/teams'],
  ['GET', '/v1/intercom/tags'],
  ['GET', '/v1/intercom/data-attributes'],
];
const adminList = JSON.stringify({ config: { resource: 'admin', operation: 'list' } });

describe('caller authentication', () => {
  it.each(routes)('%s %s without a key or with a wrong one is 401 and forwards nothing', async (method, path) => {
    for (const authorization of [undefined, 'Bearer wrong-key-0123456789abcdef', `Basic ${harness.apiKey}`]) {
      const response = await harness.call(path, {
        method,
        auth: false,
        headers: authorization === undefined ? {} : { Authorization: authorization },
        ...(method === 'POST' ? { body: adminList } : {}),
      });
      expect(response.status).toBe(401);
      expect(response.json).toEqual({ success: false, error: expect.stringMatching(/proxy API key/) as unknown });
    }
    expect(harness.sandbox.seen).toEqual([]);
  });

  it('treats an authenticate hook that throws as a refusal', async () => {
    const throwing = await startProxyHarness({
      proxy: {
        authenticate: () => {
          throw new Error('auth backend down');
        },
      },
    });
    try {
      const response = await throwing.call('/v1/intercom/admins');
      expect(response.status).toBe(401);
      expect(throwing.sandbox.seen).toEqual([]);
    } finally {
      await throwing.close();
    }
  });
});

describe('CORS for browser callers', () => {
  it('answers a preflight from an allowed origin without authentication', async () => {
    const response = await harness.call('/v1/intercom/execute', {
      method: 'OPTIONS',
      auth: false,
      headers: { Origin: APP_ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
  });

  it('does not allow another origin', async () => {
    const response = await harness.call('/v1/intercom/execute', {
      method: 'OPTIONS',
      auth: false,
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const actual = await harness.call('/v1/intercom/connection', { headers: { Origin: 'http://evil.example' } });
    expect(actual.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets an allowed page read answers, including a 401', async () => {
    const ok = await harness.call('/v1/intercom/connection', { headers: { Origin: APP_ORIGIN } });
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const refused = await harness.call('/v1/intercom/connection', { auth: false, headers: { Origin: APP_ORIGIN } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
  });
});

describe('only the block, validated again on the server', () => {
  it.each([
    { resource: 'contact', operation: 'merge' },
    { resource: 'admin', operation: 'create' },
    { resource: 'company', operation: 'list' },
    { resource: '__proto__', operation: 'constructor' },
    { resource: 'contact' },
  ])('refuses %j with 422 and the issue on its field, and forwards nothing', async (config) => {
    const { status, json } = await harness.execute(config);
    expect(status).toBe(422);
    expect(json).toEqual({
      success: false,
      error: expect.any(String) as unknown,
      issues: [expect.objectContaining({ field: expect.stringMatching(/^(resource|operation)$/) as unknown, message: expect.any(String) as unknown })],
    });
    expect(harness.sandbox.seen).toEqual([]);
  });

  it.each<IntercomConfig>([
    { resource: 'contact', operation: 'get', contactId: '' },
    { resource: 'contact', operation: 'create', email: 'not-an-email' },
    { resource: 'contact', operation: 'list', perPage: 500 },
    { resource: 'contact', operation: 'search', queryJson: '{"query":{"field":"email","operator":"LIKE","value":"x"}}' },
    { resource: 'ticket', operation: 'create', ticketJson: '{"contacts":[{"id":"1"}]}' },
    { resource: 'conversation', operation: 'reply', conversationId: '1' },
  ])('rejects an invalid config with block-core validation: %j', async (config) => {
    const issues = validateConfig(config);
    expect(issues.length).toBeGreaterThan(0);
    const { status, json } = await harness.execute(config);
    expect(status).toBe(422);
    expect(json).toMatchObject({ success: false, issues });
    expect((json as { error: string }).error).toContain(issues[0]?.message);
    expect(harness.sandbox.seen).toEqual([]);
  });

  it('answers 400 to a body that is not JSON or has no config object', async () => {
    for (const body of ['{not json', '[]', '{"config":"contact.get"}', '{}']) {
      const response = await harness.call('/v1/intercom/execute', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
      expect(response.status).toBe(400);
      expect(response.json).toEqual({ success: false, error: expect.any(String) as unknown });
    }
    expect(harness.sandbox.seen).toEqual([]);
  });

  it('answers 413 to a body over the limit, with or without Content-Length', async () => {
    const big = JSON.stringify({ config: { resource: 'contact', operation: 'create', email: 'a@b.co', name: 'x'.repeat(MAX_BODY) } });
    const sized = await harness.call('/v1/intercom/execute', { method: 'POST', body: big, headers: { 'Content-Type': 'application/json' } });
    expect(sized.status).toBe(413);
    expect(sized.json).toEqual({ success: false, error: expect.stringMatching(/larger than the proxy accepts/) as unknown });

    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 512) controller.enqueue(bytes.slice(i, i + 512));
        controller.close();
      },
    });
    const chunked = await harness.call('/v1/intercom/execute', { method: 'POST', body: stream, headers: { 'Content-Type': 'application/json' }, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(harness.sandbox.seen).toEqual([]);
  });
});

describe('a config that still holds a reference', () => {
  it.each<[string, IntercomConfig, string, string]>([
    ['a reply whose message was never resolved', { resource: 'conversation', operation: 'reply', conversationId: '123', message: '<Draft.text>' }, 'message', 'Message'],
    ['a delete whose id is a reference', { resource: 'contact', operation: 'delete', contactId: '<Trigger.contact.id>' }, 'contactId', 'Contact ID'],
    ['a create whose email is a reference', { resource: 'contact', operation: 'create', email: '<Trigger.email>' }, 'email', 'Email'],
    ['a search with a reference in its JSON', { resource: 'contact', operation: 'search', queryJson: '{"query":{"field":"email","operator":"=","value":"<Trigger.email>"}}' }, 'queryJson', 'Search query'],
  ])('%s is refused with 422, naming the field, and nothing reaches Intercom', async (_name, config, field, label) => {
    const { status, json } = await harness.execute(config);
    expect(status).toBe(422);
    expect(json).toMatchObject({ success: false, issues: [{ field, code: 'unresolved_reference' }] });
    expect((json as { error: string }).error).toMatch(new RegExp(`^${label}.* still holds the reference <`));
    expect(harness.sandbox.seen).toEqual([]);
  });

  it('is refused through the block client too, as { success: false, error }', async () => {
    const outputs = await harness.transport.execute({ resource: 'contact', operation: 'update', contactId: '<Trigger.contact.id>', name: 'x' });
    expect(outputs).toEqual({ success: false, error: expect.stringMatching(/^Contact ID still holds the reference <Trigger\.contact\.id>/) as unknown });
    expect(harness.sandbox.seen).toEqual([]);
  });
});

describe('only JSON bodies', () => {
  const deleteAmara = JSON.stringify({ config: { resource: 'contact', operation: 'delete', contactId: seedContactIds.amara } });
  const form = new URLSearchParams({ config: deleteAmara });
  const multipart = () => {
    const data = new FormData();
    data.set('config', deleteAmara);
    return data;
  };

  it.each<[string, () => RequestInit]>([
    ['text/plain', () => ({ body: deleteAmara, headers: { 'Content-Type': 'text/plain;charset=UTF-8' } })],
    ['a form', () => ({ body: form })],
    ['multipart', () => ({ body: multipart() })],
    ['no Content-Type', () => ({ body: new Blob([deleteAmara]) })],
    ['another JSON-like type', () => ({ body: deleteAmara, headers: { 'Content-Type': 'application/json-patch+json' } })],
  ])('answers 415 to %s and forwards nothing', async (_name, init) => {
    const response = await harness.call('/v1/intercom/execute', { method: 'POST', ...init() });
    expect(response.status).toBe(415);
    expect(response.json).toEqual({ success: false, error: expect.stringMatching(/Content-Type: application\/json/) as unknown });
    expect(harness.sandbox.seen).toEqual([]);
  });

  it('runs application/json with parameters', async () => {
    const response = await harness.call('/v1/intercom/execute', { method: 'POST', body: adminList, headers: { 'Content-Type': 'Application/JSON; charset=utf-8' } });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ success: true });
  });
});

describe('routes and methods', () => {
  it.each([
    ['GET', '/v1/intercom/execute', 'POST'],
    ['PUT', '/v1/intercom/execute', 'POST'],
    ['POST', '/v1/intercom/connection', 'GET, HEAD, DELETE'],
    ['DELETE', '/v1/intercom/admins', 'GET, HEAD'],
    ['PATCH', '/v1/intercom/ticket-types', 'GET, HEAD'],
    ['POST', '/v1/intercom/teams', 'GET, HEAD'],
    ['DELETE', '/v1/intercom/tags', 'GET, HEAD'],
    ['GET', '/v1/intercom/connections/token', 'POST'],
    ['DELETE', '/v1/intercom/oauth/start', 'POST'],
    ['POST', '/v1/intercom/oauth/callback', 'GET, HEAD'],
  ])('%s %s is 405 with Allow: %s, and forwards nothing', async (method, path, allowed) => {
    const response = await harness.call(path, { method, ...(method === 'GET' ? {} : { body: adminList, headers: { 'Content-Type': 'application/json' } }) });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe(allowed);
    expect(response.json).toEqual({ success: false, error: expect.any(String) as unknown });
    expect(harness.sandbox.seen).toEqual([]);
  });

  it('answers 404 to a path it does not serve, and 401 before either without a key', async () => {
    expect((await harness.call('/v1/intercom/contacts')).status).toBe(404);
    expect((await harness.call('/v1/intercom/execute', { method: 'GET', auth: false })).status).toBe(401);
    expect((await harness.call('/v1/intercom/contacts', { auth: false })).status).toBe(401);
  });
});

describe('ids stay in their path segment', () => {
  it.each([
    ['contact', 'get', 'contactId', '../admins', 'GET', /^\/contacts\/[^/]+$/],
    ['contact', 'delete', 'contactId', '../../admins?x=1#y', 'DELETE', /^\/contacts\/[^/]+$/],
    ['contact', 'update', 'contactId', '%2e%2e', 'PUT', /^\/contacts\/[^/]+$/],
    ['ticket', 'get', 'ticketId', '..%2F..%2Fme', 'GET', /^\/tickets\/[^/]+$/],
    ['conversation', 'reply', 'conversationId', '../../contacts', 'POST', /^\/conversations\/[^/]+\/reply$/],
  ])('%s %s with %s %j reaches only its own endpoint', async (resource, operation, field, id, method, endpoint) => {
    const config = { resource, operation, [field]: id, message: 'hi', adminId: '1', name: 'n' };
    const { json } = await harness.execute(config);
    expect(json).toMatchObject({ success: false });
    const sent = harness.sandbox.seen.filter((seen) => seen.path !== '/me');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe(method);
    expect(sent[0]?.path).toMatch(endpoint);
    expect(decodeURIComponent(sent[0]?.path.split('/')[2] ?? '')).toBe(id);
    expect(sent[0]?.search).toBe('');
  });

  it.each(['..', '.', ' .. '])('never sends a %j id, which would move the path', async (id) => {
    const { json } = await harness.execute({ resource: 'contact', operation: 'get', contactId: id });
    expect(json).toMatchObject({ success: false });
    expect(harness.sandbox.seen).toEqual([]);
  });
});

describe('the Intercom base URL comes only from configuration', () => {
  let elsewhere: Server;
  let elsewhereUrl: string;
  let elsewhereHits = 0;

  beforeAll(async () => {
    elsewhere = createServer((_request, response) => {
      elsewhereHits += 1;
      response.end('{}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
  });

  it('ignores base URLs, regions and hosts named in the request', async () => {
    const host = new URL(elsewhereUrl).host;
    const response = await harness.call(`/v1/intercom/execute?baseUrl=${encodeURIComponent(elsewhereUrl)}&region=eu`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-Host': host, 'X-Intercom-Base-Url': elsewhereUrl, Forwarded: `host=${host}` },
      body: JSON.stringify({
        config: { resource: 'contact', operation: 'get', contactId: seedContactIds.amara, baseUrl: elsewhereUrl, region: 'eu', url: elsewhereUrl },
        baseUrl: elsewhereUrl,
        region: 'eu',
      }),
    });
    expect(response.json).toMatchObject({ success: true, contact: { id: seedContactIds.amara } });
    expect(elsewhereHits).toBe(0);
    expect(harness.sandbox.seen.map((s) => `${s.method} ${s.path}`)).toEqual([`GET /contacts/${seedContactIds.amara}`]);
  });
});

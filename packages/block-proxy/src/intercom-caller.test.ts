import { describe, expect, it } from 'vitest';
import { fetchHttpClient } from './fetch-http-client.js';
import { createIntercomCaller, intercomUrl } from './intercom-caller.js';
import { proxyFailures } from './proxy-failures.js';
import { proxyDefaults } from './proxy-options.js';
import { RequestLimiter } from './request-limiter.js';
import { createSecretRedactingLog } from './secret-redacting-log.js';

const url = (path: string, query: Record<string, string> = {}, base = 'https://api.intercom.io') => intercomUrl(base, { path, query })?.href;

describe('intercomUrl', () => {
  it('puts the path and query under the configured base URL', () => {
    expect(url('/contacts', { per_page: '50', starting_after: 'a&b' })).toBe('https://api.intercom.io/contacts?per_page=50&starting_after=a%26b');
    expect(url('/contacts/a%2F..%2Fadmins', {}, 'http://127.0.0.1:9/intercom')).toBe('http://127.0.0.1:9/intercom/contacts/a%2F..%2Fadmins');
  });

  it('refuses a path the URL parser would move (dot segments, also percent-encoded) or another host', () => {
    expect(url('/contacts/..')).toBeUndefined();
    expect(url('/contacts/%2e%2E')).toBeUndefined();
    expect(url('/contacts/.')).toBeUndefined();
    expect(url('//evil.example/x')).toBeUndefined();
    expect(url('contacts')).toBeUndefined();
    expect(url('/contacts?x=1')).toBeUndefined();
    expect(url('/contacts#x')).toBeUndefined();
  });
});

describe('createIntercomCaller', () => {
  const request = { method: 'GET' as const, path: '/admins', query: {}, headers: {} };

  function caller(credentials: () => { accessToken: string }, fetchImpl: typeof fetch) {
    return createIntercomCaller({
      baseUrl: 'https://api.intercom.io',
      credentials,
      client: fetchHttpClient(fetchImpl),
      limiter: new RequestLimiter({ requestsPerWindow: 10, windowMs: 1000, maxConcurrent: 2 }),
      settings: { timeoutMs: 1000, maxResponseBytes: proxyDefaults.maxResponseBytes, retry: { ...proxyDefaults.retry, serverErrorRetryDelayMs: 1 } },
      log: createSecretRedactingLog(undefined),
    });
  }

  it('calls nothing without a token, and says the integration is not connected', async () => {
    let calls = 0;
    const counting: typeof fetch = () => {
      calls += 1;
      return Promise.resolve(new Response('{}'));
    };
    const throwing = caller(() => {
      throw new Error('vault unavailable');
    }, counting);
    expect(await throwing(request, { write: false, label: 'GET /admins' })).toEqual({ kind: 'failure', error: proxyFailures.noCredentials, cause: 'credentials' });
    const empty = caller(() => ({ accessToken: ' ' }), counting);
    expect(await empty(request, { write: false, label: 'GET /admins' })).toMatchObject({ kind: 'failure', cause: 'credentials' });
    expect(calls).toBe(0);
  });

  it('does not follow a redirect with the token', async () => {
    const seen: RequestInit[] = [];
    const redirecting: typeof fetch = (_input, init) => {
      seen.push(init ?? {});
      return Promise.resolve(new Response(null, { status: 302, headers: { Location: 'https://elsewhere.example/' } }));
    };
    const result = await caller(() => ({ accessToken: 'tok-123456' }), redirecting)(request, { write: false, label: 'GET /admins' });
    expect(seen.map((init) => init.redirect)).toEqual(['manual']);
    expect(result).toMatchObject({ kind: 'response', response: { status: 302 } });
  });

  it("strips its own token from Intercom's answer even when other tenants' tokens crowded it out of the shared log", async () => {
    const token = 'own-token-of-this-call-0123456789';
    const log = createSecretRedactingLog(undefined);
    const echoing: typeof fetch = () => {
      // Hundreds of other tenants call while this one waits for Intercom.
      for (let tenant = 0; tenant < 300; tenant += 1) log.addSecret(`other-tenant-token-${tenant}-abcdef`);
      return Promise.resolve(new Response(JSON.stringify({ type: 'error.list', errors: [{ code: 'x', message: `bad ${token}` }] }), {
        status: 400,
        headers: { 'content-type': 'application/json', link: `<https://x.example/?t=${encodeURIComponent(token)}>` },
      }));
    };
    const call = createIntercomCaller({
      baseUrl: 'https://api.intercom.io',
      credentials: () => ({ accessToken: token }),
      client: fetchHttpClient(echoing),
      limiter: new RequestLimiter({ requestsPerWindow: 10, windowMs: 1000, maxConcurrent: 2 }),
      settings: { timeoutMs: 1000, maxResponseBytes: proxyDefaults.maxResponseBytes, retry: { ...proxyDefaults.retry, serverErrorRetryDelayMs: 1 } },
      log,
    });
    const answer = await call(request, { write: false, label: 'GET /admins' });
    expect(answer.kind).toBe('response');
    const text = JSON.stringify(answer);
    expect(text).not.toContain(token);
    expect(text).not.toContain(encodeURIComponent(token));
    expect(text).toContain('[redacted]');
  });
});

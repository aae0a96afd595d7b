import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { proxyCors } from './proxy-cors.js';

const APP = 'http://app.example';

function app(allowed: readonly string[] | '*') {
  const hono = new Hono();
  hono.use('*', proxyCors(allowed));
  hono.use('*', async (c, next) => (c.req.header('authorization') === 'Bearer ok' ? next() : c.json({ success: false }, 401)));
  hono.get('/v1/intercom/connection', (c) => c.json({ connected: true }));
  return hono;
}

const request = (method: string, headers: Record<string, string>) => new Request('http://proxy/v1/intercom/connection', { method, headers });
const corsHeaders = (response: Response) => Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-') || name === 'vary'));

describe('proxyCors', () => {
  it('answers a preflight from a listed origin before authentication, and only for that origin', async () => {
    const preflight = await app([APP]).fetch(request('OPTIONS', { Origin: APP, 'Access-Control-Request-Method': 'POST' }));
    expect(preflight.status).toBe(204);
    expect(corsHeaders(preflight)).toEqual({
      'access-control-allow-origin': APP,
      'access-control-allow-methods': 'GET,POST,DELETE,OPTIONS',
      // A block's run names itself (Idempotency-Key) and may carry the host's request id.
      'access-control-allow-headers': 'Authorization,Content-Type,Idempotency-Key,X-Request-Id',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
    const other = await app([APP]).fetch(request('OPTIONS', { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' }));
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('marks answers to a listed origin, including refusals, and varies them by origin', async () => {
    const ok = await app([APP]).fetch(request('GET', { Origin: APP, Authorization: 'Bearer ok' }));
    expect([ok.status, corsHeaders(ok)]).toEqual([200, { 'access-control-allow-origin': APP, 'access-control-expose-headers': 'X-Request-Id,Retry-After,Idempotent-Replayed', vary: 'Origin' }]);
    expect(await ok.json()).toEqual({ connected: true });
    const refused = await app([APP]).fetch(request('GET', { Origin: APP }));
    expect([refused.status, corsHeaders(refused)]).toEqual([401, { 'access-control-allow-origin': APP, 'access-control-expose-headers': 'X-Request-Id,Retry-After,Idempotent-Replayed', vary: 'Origin' }]);
    const other = await app([APP]).fetch(request('GET', { Origin: 'http://evil.example', Authorization: 'Bearer ok' }));
    expect(corsHeaders(other)).toEqual({ vary: 'Origin' });
  });

  it('allows any origin with *, and adds nothing when no origin is allowed', async () => {
    const any = await app('*').fetch(request('GET', { Origin: 'http://anywhere.example', Authorization: 'Bearer ok' }));
    expect(corsHeaders(any)).toEqual({ 'access-control-allow-origin': '*', 'access-control-expose-headers': 'X-Request-Id,Retry-After,Idempotent-Replayed' });
    const none = await app([]).fetch(request('GET', { Origin: APP, Authorization: 'Bearer ok' }));
    expect(corsHeaders(none)).toEqual({});
    expect(none.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

import { describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { call } from '../test-support/call.js';
import type { ErrorJson } from '../test-support/wire.js';

describe('rate limit', () => {
  it('reports X-RateLimit-* on normal responses, counting down within the 10-second window', async () => {
    const sandbox = createIntercomSandbox({ clock: () => Date.UTC(2025, 5, 10, 12, 0, 3) });
    const first = await call(sandbox, 'GET', '/admins');
    const second = await call(sandbox, 'GET', '/contacts/unknown');
    expect(first.headers.get('X-RateLimit-Limit')).toBe('1666');
    expect(first.headers.get('X-RateLimit-Remaining')).toBe('1665');
    expect(second.headers.get('X-RateLimit-Remaining')).toBe('1664');
    expect(first.headers.get('X-RateLimit-Reset')).toBe(String(Date.UTC(2025, 5, 10, 12, 0, 10) / 1000));
  });

  it('answers 429 once the window is used up, and starts over in the next window', async () => {
    let now = Date.UTC(2025, 5, 10, 12, 0, 1);
    const sandbox = createIntercomSandbox({ clock: () => now, rateLimit: { limit: 2, windowSeconds: 10 } });
    expect((await call(sandbox, 'GET', '/admins')).status).toBe(200);
    expect((await call(sandbox, 'GET', '/admins')).status).toBe(200);
    const limited = await call<ErrorJson>(sandbox, 'GET', '/admins');
    expect(limited.status).toBe(429);
    expect(limited.body.errors[0]?.code).toBe('rate_limit_exceeded');
    expect(limited.headers.get('Retry-After')).toBe('9');
    expect(limited.headers.get('X-RateLimit-Remaining')).toBe('0');
    now += 10_000;
    expect((await call(sandbox, 'GET', '/admins')).status).toBe(200);
  });
});

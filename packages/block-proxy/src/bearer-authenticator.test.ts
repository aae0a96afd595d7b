import { describe, expect, it } from 'vitest';
import { bearerKeyAuthenticator } from './bearer-authenticator.js';

const key = 'proxy-key-0123456789';
const withAuth = (value?: string) => new Request('http://proxy.test/', value === undefined ? {} : { headers: { Authorization: value } });

describe('bearerKeyAuthenticator', () => {
  const authenticate = bearerKeyAuthenticator(key);

  it('accepts exactly the configured key', () => {
    expect(authenticate(withAuth(`Bearer ${key}`))).toBe(true);
    expect(authenticate(withAuth(`bearer ${key}`))).toBe(true);
  });

  it('rejects a missing, different, longer, shorter or non-bearer key', () => {
    expect(authenticate(withAuth())).toBe(false);
    expect(authenticate(withAuth('Bearer proxy-key-0123456780'))).toBe(false);
    expect(authenticate(withAuth(`Bearer ${key}x`))).toBe(false);
    expect(authenticate(withAuth(`Bearer ${key.slice(1)}`))).toBe(false);
    expect(authenticate(withAuth(`Basic ${key}`))).toBe(false);
    expect(authenticate(withAuth('Bearer '))).toBe(false);
  });

  it('refuses a key too short to be a secret', () => {
    expect(() => bearerKeyAuthenticator('short')).toThrow(/at least 16/);
  });
});

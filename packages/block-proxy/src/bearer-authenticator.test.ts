import { describe, expect, it } from 'vitest';
import { bearerKeyAuthenticator, bearerKeysAuthenticator } from './bearer-authenticator.js';

const key = 'proxy-key-0123456789';
const withAuth = (value?: string) => new Request('http://proxy.test/', value === undefined ? {} : { headers: { Authorization: value } });

describe('bearerKeyAuthenticator', () => {
  const authenticate = bearerKeyAuthenticator(key);

  it('accepts exactly the configured key, as the default tenant', () => {
    expect(authenticate(withAuth(`Bearer ${key}`))).toEqual({ tenantId: 'default' });
    expect(authenticate(withAuth(`bearer ${key}`))).toEqual({ tenantId: 'default' });
    expect(bearerKeyAuthenticator(key, 'acme')(withAuth(`Bearer ${key}`))).toEqual({ tenantId: 'acme' });
  });

  it('rejects a missing, different, longer, shorter or non-bearer key', () => {
    expect(authenticate(withAuth())).toBeUndefined();
    expect(authenticate(withAuth('Bearer proxy-key-0123456780'))).toBeUndefined();
    expect(authenticate(withAuth(`Bearer ${key}x`))).toBeUndefined();
    expect(authenticate(withAuth(`Bearer ${key.slice(1)}`))).toBeUndefined();
    expect(authenticate(withAuth(`Basic ${key}`))).toBeUndefined();
    expect(authenticate(withAuth('Bearer '))).toBeUndefined();
  });

  it('refuses a key too short to be a secret', () => {
    expect(() => bearerKeyAuthenticator('short')).toThrow(/at least 16/);
  });
});

describe('bearerKeysAuthenticator', () => {
  const acme = 'acme-key-0123456789abcdef';
  const globex = 'globex-key-0123456789abcdef';
  const authenticate = bearerKeysAuthenticator({ acme, globex });

  it("maps each key to its tenant and nothing else to anyone", () => {
    expect(authenticate(withAuth(`Bearer ${acme}`))).toEqual({ tenantId: 'acme' });
    expect(authenticate(withAuth(`Bearer ${globex}`))).toEqual({ tenantId: 'globex' });
    expect(authenticate(withAuth(`Bearer ${acme}${globex}`))).toBeUndefined();
    expect(authenticate(withAuth('Bearer acme'))).toBeUndefined();
  });

  it('refuses short, shared or no keys and odd tenant ids', () => {
    expect(() => bearerKeysAuthenticator({})).toThrow(/at least one/);
    expect(() => bearerKeysAuthenticator({ acme: 'short' })).toThrow(/"acme" must be at least 16/);
    expect(() => bearerKeysAuthenticator({ acme, globex: acme })).toThrow(/same proxy API key/);
    expect(() => bearerKeysAuthenticator({ 'a b': acme })).toThrow(/tenant id "a b"/);
  });
});

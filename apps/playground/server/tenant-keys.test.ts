import { describe, expect, it } from 'vitest';
import { forwardFor, parseTenantKeys } from './tenant-keys.js';

describe('parseTenantKeys', () => {
  it('reads PROXY_API_KEYS as tenant:key pairs, in order', () => {
    expect(parseTenantKeys({ PROXY_API_KEYS: 'acme:key-a-0123456789, globex:key-g:with-colon' })).toEqual([
      { tenant: 'acme', key: 'key-a-0123456789' },
      { tenant: 'globex', key: 'key-g:with-colon' },
    ]);
  });

  it('falls back to PROXY_API_KEY as one tenant, and to none', () => {
    expect(parseTenantKeys({ PROXY_API_KEY: 'solo-key' })).toEqual([{ tenant: 'default', key: 'solo-key' }]);
    expect(parseTenantKeys({})).toEqual([]);
  });

  it('refuses an entry that is not tenant:key, without printing the key', () => {
    expect(() => parseTenantKeys({ PROXY_API_KEYS: 'acme' })).toThrow('is not "<tenant>:<key>"');
    expect(() => parseTenantKeys({ PROXY_API_KEYS: 'a/b:secret-key' })).toThrow(/^PROXY_API_KEYS: "a\/b…"/);
    expect(() => parseTenantKeys({ PROXY_API_KEYS: 'a/b:secret-key' })).not.toThrow(/secret/);
  });
});

describe('forwardFor', () => {
  const keys = [
    { tenant: 'acme', key: 'ka' },
    { tenant: 'globex', key: 'kg' },
  ];

  it('maps the tenant in the path to its key and strips it from the path', () => {
    expect(forwardFor('/tenants/globex/v1/intercom/connection', keys)).toEqual({ path: '/v1/intercom/connection', key: 'kg' });
    expect(forwardFor('/tenants/acme/v1/intercom/admins?x=1', keys)).toEqual({ path: '/v1/intercom/admins?x=1', key: 'ka' });
  });

  it('sends no key for an unknown tenant, and leaves other paths alone', () => {
    expect(forwardFor('/tenants/initech/v1/intercom/execute', keys)).toEqual({ path: '/v1/intercom/execute', key: undefined });
    expect(forwardFor('/tenants/acme/v1/other', keys)).toBeUndefined();
    expect(forwardFor('/tenants/../v1/intercom/execute', keys)).toBeUndefined();
  });
});

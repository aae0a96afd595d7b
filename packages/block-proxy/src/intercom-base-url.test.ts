import { describe, expect, it } from 'vitest';
import { resolveIntercomBaseUrl } from './intercom-base-url.js';

describe('resolveIntercomBaseUrl', () => {
  it('maps each region to its Intercom host, US by default', () => {
    expect(resolveIntercomBaseUrl({})).toBe('https://api.intercom.io');
    expect(resolveIntercomBaseUrl({ region: 'us' })).toBe('https://api.intercom.io');
    expect(resolveIntercomBaseUrl({ region: 'eu' })).toBe('https://api.eu.intercom.io');
    expect(resolveIntercomBaseUrl({ region: 'au' })).toBe('https://api.au.intercom.io');
  });

  it('prefers an explicit base URL and drops its trailing slash', () => {
    expect(resolveIntercomBaseUrl({ region: 'eu', baseUrl: 'http://127.0.0.1:4010/' })).toBe('http://127.0.0.1:4010');
    expect(resolveIntercomBaseUrl({ baseUrl: 'https://intercom.example/api/' })).toBe('https://intercom.example/api');
  });

  it('refuses an unknown region and a base URL that is not a plain http(s) URL', () => {
    expect(() => resolveIntercomBaseUrl({ region: 'ca' })).toThrow(/region "ca"/);
    expect(() => resolveIntercomBaseUrl({ baseUrl: 'api.intercom.io' })).toThrow(/absolute URL/);
    expect(() => resolveIntercomBaseUrl({ baseUrl: 'ftp://x.example' })).toThrow(/http or https/);
    expect(() => resolveIntercomBaseUrl({ baseUrl: 'https://x.example/?a=1' })).toThrow(/query/);
    expect(() => resolveIntercomBaseUrl({ baseUrl: 'https://user:pw@x.example' })).toThrow(/credentials/);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_STANDALONE_PORT, parseStandaloneConfig } from './standalone-config.js';

describe('the standalone sandbox\'s environment', () => {
  it('serves on 127.0.0.1:4010 with the default token and limit when nothing is set', () => {
    expect(parseStandaloneConfig({})).toEqual({ ok: true, config: { port: DEFAULT_STANDALONE_PORT, host: '127.0.0.1', sandbox: {} } });
  });

  it('reads PORT, HOST, SANDBOX_TOKEN, the rate limit and the OAuth redirect URLs', () => {
    const parsed = parseStandaloneConfig({
      PORT: '43510',
      HOST: '0.0.0.0',
      SANDBOX_TOKEN: 'fleet-token',
      SANDBOX_RATE_LIMIT: '50',
      SANDBOX_RATE_WINDOW_MS: '1000',
      SANDBOX_OAUTH_REDIRECT_URIS: 'http://127.0.0.1:8787/v1/intercom/oauth/callback, http://127.0.0.1:8788/v1/intercom/oauth/callback',
    });
    expect(parsed).toEqual({
      ok: true,
      config: {
        port: 43510,
        host: '0.0.0.0',
        sandbox: { token: 'fleet-token', oauthApp: { redirectUris: ['http://127.0.0.1:8787/v1/intercom/oauth/callback', 'http://127.0.0.1:8788/v1/intercom/oauth/callback'] } },
        rateLimit: { requestsPerWindow: 50, windowMs: 1000 },
      },
    });
  });

  it('keeps Intercom\'s window when only the limit is given, and its limit when only the window is', () => {
    expect(parseStandaloneConfig({ SANDBOX_RATE_LIMIT: '50' })).toMatchObject({ config: { rateLimit: { requestsPerWindow: 50, windowMs: 10_000 } } });
    expect(parseStandaloneConfig({ SANDBOX_RATE_WINDOW_MS: '1000' })).toMatchObject({ config: { rateLimit: { requestsPerWindow: 1666, windowMs: 1000 } } });
  });

  it('names every variable that is wrong', () => {
    expect(parseStandaloneConfig({ PORT: 'x', SANDBOX_RATE_LIMIT: '0', SANDBOX_RATE_WINDOW_MS: '50', SANDBOX_OAUTH_REDIRECT_URIS: 'not a url' })).toEqual({
      ok: false,
      errors: [
        'PORT must be a whole number from 0 to 65535, not "x".',
        'SANDBOX_RATE_LIMIT must be a whole number from 1 to 1000000000, not "0".',
        'SANDBOX_RATE_WINDOW_MS must be a whole number from 100 to 3600000, not "50".',
        'SANDBOX_OAUTH_REDIRECT_URIS: "not a url" is not a URL.',
      ],
    });
  });
});

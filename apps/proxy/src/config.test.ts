import { describe, expect, it } from 'vitest';
import { parseProxyConfig, type ProxyAppConfig } from './config.js';

const KEY = 'k'.repeat(32);
const generated = () => 'generated-key-000000000000';

function config(env: Record<string, string>): ProxyAppConfig {
  const result = parseProxyConfig(env, generated);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
}

function errors(env: Record<string, string>): string[] {
  const result = parseProxyConfig(env, generated);
  return result.ok ? [] : result.errors;
}

describe('parseProxyConfig', () => {
  it('defaults to the sandbox on 127.0.0.1:8787 and generates a key in development', () => {
    expect(config({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      apiKey: 'generated-key-000000000000',
      apiKeyGenerated: true,
      intercom: { mode: 'sandbox' },
      allowedOrigins: [],
      sandbox: { port: 0 },
      notes: [],
    });
  });

  it('fixes the embedded sandbox port and token when asked, and checks them', () => {
    expect(config({ SANDBOX_PORT: '8792', SANDBOX_TOKEN: 'e2e-token' }).sandbox).toEqual({ port: 8792, token: 'e2e-token' });
    expect(errors({ SANDBOX_PORT: 'x' })).toEqual(['SANDBOX_PORT must be a whole number from 0 to 65535, not "x".']);
    expect(config({ INTERCOM_ACCESS_TOKEN: 'tok', SANDBOX_PORT: '8792' }).notes).toEqual([
      'SANDBOX_PORT and SANDBOX_TOKEN are ignored: INTERCOM_ACCESS_TOKEN is set, so the real Intercom is used.',
    ]);
  });

  it('uses Intercom in the chosen region when a token is set', () => {
    const parsed = config({ PORT: '9000', HOST: '0.0.0.0', PROXY_API_KEY: KEY, INTERCOM_ACCESS_TOKEN: 'tok', INTERCOM_REGION: 'EU' });
    expect(parsed).toMatchObject({ port: 9000, host: '0.0.0.0', apiKey: KEY, apiKeyGenerated: false, intercom: { mode: 'intercom', accessToken: 'tok', region: 'eu' } });
    expect(config({ INTERCOM_ACCESS_TOKEN: 'tok' }).intercom).toEqual({ mode: 'intercom', accessToken: 'tok', region: 'us' });
  });

  it('accepts another Intercom-compatible server with a token', () => {
    expect(config({ INTERCOM_ACCESS_TOKEN: 'tok', INTERCOM_BASE_URL: 'http://127.0.0.1:4010' }).intercom).toEqual({
      mode: 'intercom',
      accessToken: 'tok',
      region: 'us',
      baseUrl: 'http://127.0.0.1:4010',
    });
  });

  it('reads allowed origins, a rate limit and a timeout', () => {
    const parsed = config({ PROXY_ALLOWED_ORIGINS: 'http://localhost:5173, https://app.example.com/', INTERCOM_RATE_LIMIT: '100', INTERCOM_TIMEOUT_MS: '5000' });
    expect(parsed.allowedOrigins).toEqual(['http://localhost:5173', 'https://app.example.com']);
    expect(parsed.rateLimitPerWindow).toBe(100);
    expect(parsed.timeoutMs).toBe(5000);
    expect(config({ PROXY_ALLOWED_ORIGINS: '*' }).allowedOrigins).toBe('*');
  });

  it('notes a region that the sandbox ignores', () => {
    expect(config({ INTERCOM_REGION: 'au' }).notes).toEqual(['INTERCOM_REGION is ignored: without INTERCOM_ACCESS_TOKEN the embedded sandbox is used.']);
  });

  it('reports every bad variable at once, by name', () => {
    const found = errors({
      PORT: '70000',
      PROXY_API_KEY: 'short',
      INTERCOM_REGION: 'ca',
      INTERCOM_BASE_URL: 'not a url',
      PROXY_ALLOWED_ORIGINS: 'localhost:5173',
      INTERCOM_RATE_LIMIT: '0',
      INTERCOM_TIMEOUT_MS: 'fast',
    });
    for (const name of ['PORT', 'PROXY_API_KEY', 'INTERCOM_REGION', 'INTERCOM_BASE_URL', 'PROXY_ALLOWED_ORIGINS', 'INTERCOM_RATE_LIMIT', 'INTERCOM_TIMEOUT_MS']) {
      expect(found.some((error) => error.startsWith(name))).toBe(true);
    }
  });

  it('requires PROXY_API_KEY in production, and a token for a custom base URL', () => {
    expect(errors({ NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^PROXY_API_KEY is required in production/)]);
    expect(errors({ INTERCOM_BASE_URL: 'http://127.0.0.1:4010' })).toEqual([expect.stringMatching(/INTERCOM_ACCESS_TOKEN is not/)]);
  });

  it('generates a real random key by default', () => {
    const first = parseProxyConfig({});
    const second = parseProxyConfig({});
    expect(first.ok && second.ok && first.config.apiKey !== second.config.apiKey && first.config.apiKey.length >= 32).toBe(true);
  });
});

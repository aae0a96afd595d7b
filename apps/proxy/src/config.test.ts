import { describe, expect, it } from 'vitest';
import { generateEncryptionKey } from '@workflow-blocks/block-proxy';
import { parseProxyConfig, type ProxyAppConfig } from './config.js';

const KEY = 'k'.repeat(32);
const generated = () => 'generated-key-000000000000';
const CWD = '/srv/proxy';

function config(env: Record<string, string>): ProxyAppConfig {
  const result = parseProxyConfig(env, generated, CWD);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
}

function errors(env: Record<string, string>): string[] {
  const result = parseProxyConfig(env, generated, CWD);
  return result.ok ? [] : result.errors;
}

describe('parseProxyConfig', () => {
  it('defaults to the sandbox on 127.0.0.1:8787, one generated key, connections in memory', () => {
    expect(config({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      tenants: [{ tenantId: 'default', apiKey: 'generated-key-000000000000' }],
      apiKeyGenerated: true,
      intercom: { mode: 'sandbox' },
      oauthUrls: {},
      store: { kind: 'memory' },
      dataDir: '/srv/proxy/.data',
      encryption: { previousKeys: [] },
      allowedOrigins: [],
      sandbox: { port: 0 },
      notes: ['connections: kept in memory (sandbox mode); set CONNECTIONS_DB or DATABASE_URL to keep them across restarts.'],
    });
  });

  it('maps PROXY_API_KEYS to tenants, first tenant first; PROXY_API_KEY is the one-tenant shorthand', () => {
    expect(config({ PROXY_API_KEYS: `acme:${'a'.repeat(20)}, globex:${'g'.repeat(20)}` }).tenants).toEqual([
      { tenantId: 'acme', apiKey: 'a'.repeat(20) },
      { tenantId: 'globex', apiKey: 'g'.repeat(20) },
    ]);
    expect(config({ PROXY_API_KEY: KEY }).tenants).toEqual([{ tenantId: 'default', apiKey: KEY }]);
    // A key may itself contain a colon: only the first one separates the tenant.
    expect(config({ PROXY_API_KEYS: `acme:${'a'.repeat(10)}:${'b'.repeat(10)}` }).tenants[0]?.apiKey).toBe(`${'a'.repeat(10)}:${'b'.repeat(10)}`);
  });

  it('refuses bad tenant lists without quoting a key', () => {
    const secret = 'a-secret-key-value-0000';
    const found = errors({ PROXY_API_KEYS: `acme:${secret},acme:${'x'.repeat(20)},bad tenant:${'y'.repeat(20)},globex:short,initech:${secret}` });
    expect(found).toEqual([
      'PROXY_API_KEYS: tenant "acme" is listed twice.',
      'PROXY_API_KEYS: entry 3 must be tenant:key, the tenant 1 to 128 letters, digits or . _ : @ - characters.',
      'PROXY_API_KEYS: the key of tenant "globex" must be at least 16 characters long.',
      'PROXY_API_KEYS: tenant "initech" has the same key as another tenant.',
    ]);
    expect(found.join('\n')).not.toContain(secret);
    expect(errors({ PROXY_API_KEY: KEY, PROXY_API_KEYS: `acme:${KEY}` })).toEqual([expect.stringMatching(/^PROXY_API_KEY and PROXY_API_KEYS are both set/)]);
    expect(errors({ PROXY_API_KEYS: ' , ' })).toEqual(['PROXY_API_KEYS is set but lists no tenant:key.']);
  });

  it('keeps today\'s one-token setup: INTERCOM_ACCESS_TOKEN becomes the first tenant\'s connection, in an embedded store', () => {
    const parsed = config({ PORT: '9000', HOST: '0.0.0.0', PROXY_API_KEY: KEY, INTERCOM_ACCESS_TOKEN: 'tok', INTERCOM_REGION: 'EU' });
    expect(parsed).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      tenants: [{ tenantId: 'default', apiKey: KEY }],
      intercom: { mode: 'intercom' },
      seedConnection: { accessToken: 'tok', region: 'eu' },
      store: { kind: 'embedded', directory: '/srv/proxy/.data/connections' },
    });
    expect(config({ INTERCOM_ACCESS_TOKEN: 'tok', INTERCOM_BASE_URL: 'http://127.0.0.1:4010' }).intercom).toEqual({ mode: 'intercom', baseUrl: 'http://127.0.0.1:4010' });
  });

  it('reads an OAuth app, and needs its redirect URL outside sandbox mode', () => {
    const oauth = { INTERCOM_CLIENT_ID: 'cid', INTERCOM_CLIENT_SECRET: 'secret', INTERCOM_OAUTH_REDIRECT_URL: 'https://proxy.example.com/v1/intercom/oauth/callback' };
    expect(config(oauth)).toMatchObject({
      intercom: { mode: 'intercom' },
      oauthApp: { clientId: 'cid', clientSecret: 'secret' },
      oauthUrls: { redirectUrl: 'https://proxy.example.com/v1/intercom/oauth/callback' },
    });
    expect(config(oauth).seedConnection).toBeUndefined();
    expect(errors({ INTERCOM_CLIENT_ID: 'cid', INTERCOM_CLIENT_SECRET: 'secret' })).toEqual([expect.stringMatching(/^INTERCOM_OAUTH_REDIRECT_URL is required/)]);
    expect(errors({ INTERCOM_CLIENT_ID: 'cid' })).toEqual([expect.stringMatching(/^INTERCOM_CLIENT_ID and INTERCOM_CLIENT_SECRET go together/)]);
    expect(config({ OAUTH_STATE_TTL_MS: '5000' }).oauthStateTtlMs).toBe(5000);
    // Sandbox mode: the sandbox's own app; a redirect URL only overrides the proxy's own address.
    expect(config({ INTERCOM_OAUTH_REDIRECT_URL: 'http://127.0.0.1:5173/v1/intercom/oauth/callback' })).toMatchObject({
      intercom: { mode: 'sandbox' },
      oauthUrls: { redirectUrl: 'http://127.0.0.1:5173/v1/intercom/oauth/callback' },
    });
  });

  it('chooses where connections live: DATABASE_URL, else CONNECTIONS_DB, else the default data directory', () => {
    expect(config({ INTERCOM_ACCESS_TOKEN: 'tok', DATABASE_URL: 'postgres://u:p@db:5432/proxy' }).store).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/proxy' });
    expect(config({ CONNECTIONS_DB: 'var/state' })).toMatchObject({ store: { kind: 'embedded', directory: '/srv/proxy/var/state/connections' }, dataDir: '/srv/proxy/var/state' });
    expect(errors({ DATABASE_URL: 'mysql://x' })).toEqual([expect.stringMatching(/^DATABASE_URL must be a PostgreSQL URL/)]);
    expect(config({ INTERCOM_ACCESS_TOKEN: 'tok', CONNECTIONS_DB: 'memory' }).store).toEqual({ kind: 'memory' });
  });

  it('reads the encryption keys, requires one in production and never echoes one', () => {
    const current = generateEncryptionKey();
    const previous = generateEncryptionKey();
    expect(config({ CONNECTION_ENCRYPTION_KEY: current, CONNECTION_ENCRYPTION_KEYS_PREVIOUS: ` ${previous} ,` }).encryption).toEqual({ key: current, previousKeys: [previous] });
    const bad = errors({ CONNECTION_ENCRYPTION_KEY: 'not-a-real-key-value', CONNECTION_ENCRYPTION_KEYS_PREVIOUS: `${previous},short` });
    expect(bad).toEqual([
      expect.stringMatching(/^CONNECTION_ENCRYPTION_KEY must be 32 random bytes in base64/),
      expect.stringMatching(/^CONNECTION_ENCRYPTION_KEYS_PREVIOUS \(key 2\) must be 32 random bytes/),
    ]);
    expect(bad.join('\n')).not.toContain('not-a-real-key-value');
    expect(errors({ NODE_ENV: 'production', PROXY_API_KEY: KEY })).toEqual([expect.stringMatching(/^CONNECTION_ENCRYPTION_KEY is required in production/)]);
    expect(errors({ NODE_ENV: 'production', CONNECTION_ENCRYPTION_KEY: current })).toEqual([expect.stringMatching(/^PROXY_API_KEY or PROXY_API_KEYS is required in production/)]);
  });

  it('fixes the embedded sandbox port and token when asked, and checks them', () => {
    expect(config({ SANDBOX_PORT: '8792', SANDBOX_TOKEN: 'e2e-token' }).sandbox).toEqual({ port: 8792, token: 'e2e-token' });
    expect(errors({ SANDBOX_PORT: 'x' })).toEqual(['SANDBOX_PORT must be a whole number from 0 to 65535, not "x".']);
    expect(config({ INTERCOM_ACCESS_TOKEN: 'tok', SANDBOX_PORT: '8792' }).notes).toContain('SANDBOX_PORT and SANDBOX_TOKEN are ignored: the real Intercom is used.');
    expect(config({ INTERCOM_REGION: 'au' }).notes).toContain('INTERCOM_REGION is ignored: without INTERCOM_ACCESS_TOKEN the embedded sandbox is used.');
  });

  it('reads allowed origins, a rate limit and a timeout, and reports every bad variable at once, by name', () => {
    const parsed = config({ PROXY_ALLOWED_ORIGINS: 'http://localhost:5173, https://app.example.com/', INTERCOM_RATE_LIMIT: '100', INTERCOM_RATE_WINDOW_MS: '1000', INTERCOM_MAX_CONCURRENT: '32', INTERCOM_TIMEOUT_MS: '5000' });
    expect(parsed.allowedOrigins).toEqual(['http://localhost:5173', 'https://app.example.com']);
    expect(parsed.rateLimitPerWindow).toBe(100);
    expect(parsed.rateLimitWindowMs).toBe(1000);
    expect(parsed.maxConcurrent).toBe(32);
    expect(parsed.timeoutMs).toBe(5000);
    expect(config({ PROXY_ALLOWED_ORIGINS: '*' }).allowedOrigins).toBe('*');
    const found = errors({
      PORT: '70000',
      PROXY_API_KEY: 'short',
      INTERCOM_REGION: 'ca',
      INTERCOM_BASE_URL: 'not a url',
      PROXY_ALLOWED_ORIGINS: 'localhost:5173',
      INTERCOM_RATE_LIMIT: '0',
      INTERCOM_RATE_WINDOW_MS: '99',
      INTERCOM_MAX_CONCURRENT: '0',
      INTERCOM_TIMEOUT_MS: 'fast',
      OAUTH_STATE_TTL_MS: '1',
    });
    for (const name of ['PORT', 'PROXY_API_KEY', 'INTERCOM_REGION', 'INTERCOM_BASE_URL', 'PROXY_ALLOWED_ORIGINS', 'INTERCOM_RATE_LIMIT', 'INTERCOM_RATE_WINDOW_MS', 'INTERCOM_MAX_CONCURRENT', 'INTERCOM_TIMEOUT_MS', 'OAUTH_STATE_TTL_MS']) {
      expect(found.some((error) => error.startsWith(name))).toBe(true);
    }
  });

  it('reads the instance id for run logs and how long idempotent answers are kept, and checks both', () => {
    expect(config({}).instanceId).toBeUndefined();
    expect(config({}).idempotencyTtlMs).toBeUndefined();
    expect(config({ INSTANCE_ID: 'proxy-eu-1:a', IDEMPOTENCY_TTL_SECONDS: '3600' })).toMatchObject({ instanceId: 'proxy-eu-1:a', idempotencyTtlMs: 3_600_000 });
    expect(errors({ INSTANCE_ID: 'has space', IDEMPOTENCY_TTL_SECONDS: '0' })).toEqual([
      'INSTANCE_ID must be 1 to 64 letters, digits or . _ : - characters.',
      'IDEMPOTENCY_TTL_SECONDS must be a whole number from 1 to 604800, not "0".',
    ]);
  });

  it('reads REDIS_URL without needing DATABASE_URL, and how many instances share a limit while Redis is down', () => {
    expect(config({}).redis).toBeUndefined();
    expect(config({ REDIS_URL: 'redis://:pw@redis.internal:6380/2' })).toMatchObject({ redis: { url: 'redis://:pw@redis.internal:6380/2', expectedInstances: 3 }, store: { kind: 'memory' } });
    expect(config({ REDIS_URL: 'rediss://redis.internal', PROXY_INSTANCES: '5' }).redis).toEqual({ url: 'rediss://redis.internal', expectedInstances: 5 });
    expect(config({ PROXY_INSTANCES: '5' }).notes).toContain('PROXY_INSTANCES is ignored: without REDIS_URL each instance keeps its own limits.');
    expect(errors({ REDIS_URL: 'postgres://db/x', PROXY_INSTANCES: '0' })).toEqual([
      'REDIS_URL must be a Redis URL like redis://host:6379 (or rediss:// for TLS, redis://:password@host:6379/0).',
      'PROXY_INSTANCES must be a whole number from 1 to 1000, not "0".',
    ]);
  });

  it('generates a real random key by default', () => {
    const first = parseProxyConfig({});
    const second = parseProxyConfig({});
    expect(first.ok && second.ok && first.config.tenants[0]?.apiKey !== second.config.tenants[0]?.apiKey && (first.config.tenants[0]?.apiKey.length ?? 0) >= 32).toBe(true);
  });
});

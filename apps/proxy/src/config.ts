import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { isIntercomRegion, isTenantId, parseEncryptionKey, resolveIntercomBaseUrl, type IntercomRegion } from '@workflow-blocks/block-proxy';

/** Where the proxy sends Intercom calls: the embedded sandbox, or Intercom (or a compatible server). */
export type IntercomTarget = { mode: 'sandbox' } | { mode: 'intercom'; baseUrl?: string };

/** Where connections live. */
export type StoreChoice = { kind: 'memory' } | { kind: 'embedded'; directory: string } | { kind: 'postgres'; url: string };

/** A tenant and the key its callers send. */
export interface TenantKey {
  tenantId: string;
  apiKey: string;
}

/** The proxy app's settings, read from the environment. */
export interface ProxyAppConfig {
  port: number;
  host: string;
  /** Callers: each key belongs to one tenant. The first tenant gets INTERCOM_ACCESS_TOKEN, or the sandbox. */
  tenants: TenantKey[];
  /** True when no PROXY_API_KEY(S) was set and a key was generated for this run (development only). */
  apiKeyGenerated: boolean;
  intercom: IntercomTarget;
  /** INTERCOM_ACCESS_TOKEN: the first tenant's connection, stored at start (today's one-token setups). */
  seedConnection?: { accessToken: string; region: IntercomRegion };
  /** The host's Intercom OAuth app (INTERCOM_CLIENT_ID/SECRET); in sandbox mode the sandbox's own app is used. */
  oauthApp?: { clientId: string; clientSecret: string };
  /** Where the OAuth callback is (default in sandbox mode: the proxy's own address) and the consent page. */
  oauthUrls: { redirectUrl?: string; authorizeUrl?: string };
  /** How long an OAuth `state` stays good. */
  oauthStateTtlMs?: number;
  store: StoreChoice;
  /** The data directory (CONNECTIONS_DB): the embedded database and, in development, the generated key. */
  dataDir: string;
  encryption: {
    /** CONNECTION_ENCRYPTION_KEY; absent: generated (into the data directory, or for this run with the memory store). */
    key?: string;
    previousKeys: string[];
  };
  /** Browser origins allowed by CORS (and told of OAuth results); `*` for any. */
  allowedOrigins: string[] | '*';
  rateLimitPerWindow?: number;
  /** INTERCOM_RATE_WINDOW_MS: the window INTERCOM_RATE_LIMIT counts in (Intercom's is 10 s). */
  rateLimitWindowMs?: number;
  /** INTERCOM_MAX_CONCURRENT: most Intercom calls in flight at once, per tenant and instance. */
  maxConcurrent?: number;
  timeoutMs?: number;
  /** INSTANCE_ID: names this instance in run logs (default: host name and process id). */
  instanceId?: string;
  /** IDEMPOTENCY_TTL_SECONDS: how long a run's answer is kept for a repeat with its Idempotency-Key (default 24 h). */
  idempotencyTtlMs?: number;
  /**
   * REDIS_URL: the state several instances share (rate limits per workspace, rejected tokens, cache versions, OAuth
   * states, idempotency keys); PROXY_INSTANCES: how many share a workspace's limit while Redis is down.
   */
  redis?: { url: string; expectedInstances: number };
  /** The embedded sandbox's port (0 = any free port) and first workspace's token, in sandbox mode. */
  sandbox: { port: number; token?: string };
  /** Notes for the start-up log (e.g. settings that were ignored). */
  notes: string[];
}

export type ConfigResult = { ok: true; config: ProxyAppConfig } | { ok: false; errors: string[] };

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_PORT = 8787;
const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_DATA_DIR = '.data';
/** While Redis is down, each instance allows itself 1/PROXY_INSTANCES of a workspace's limit. */
const DEFAULT_INSTANCES = 3;

/**
 * Reads the proxy app's environment. Every problem is reported at once, each naming its variable; no value
 * of a key or token is ever quoted.
 * @param env - usually `process.env`.
 * @param generateKey - makes the development key when no PROXY_API_KEY(S) is set (replaceable in tests).
 * @param cwd - the working directory the data directory is relative to.
 */
export function parseProxyConfig(env: Env, generateKey: () => string = () => randomBytes(24).toString('base64url'), cwd: string = process.cwd()): ConfigResult {
  const errors: string[] = [];
  const notes: string[] = [];
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const production = value('NODE_ENV') === 'production';

  const port = parseInteger(value('PORT'), DEFAULT_PORT, 0, 65535, 'PORT', errors);
  const host = value('HOST') ?? DEFAULT_HOST;

  const tenants = parseTenants(value('PROXY_API_KEY'), value('PROXY_API_KEYS'), errors);
  let apiKeyGenerated = false;
  if (tenants.length === 0 && value('PROXY_API_KEY') === undefined && value('PROXY_API_KEYS') === undefined) {
    if (production) {
      errors.push('PROXY_API_KEY or PROXY_API_KEYS is required in production: long random keys that callers send as "Authorization: Bearer <key>".');
    } else {
      tenants.push({ tenantId: 'default', apiKey: generateKey() });
      apiKeyGenerated = true;
    }
  }

  const accessToken = value('INTERCOM_ACCESS_TOKEN');
  const regionText = value('INTERCOM_REGION')?.toLowerCase();
  const baseUrl = value('INTERCOM_BASE_URL');
  const clientId = value('INTERCOM_CLIENT_ID');
  const clientSecret = value('INTERCOM_CLIENT_SECRET');
  const redirectUrl = value('INTERCOM_OAUTH_REDIRECT_URL');
  const authorizeUrl = value('INTERCOM_OAUTH_AUTHORIZE_URL');
  let region: IntercomRegion = 'us';
  if (regionText !== undefined) {
    if (isIntercomRegion(regionText)) region = regionText;
    else errors.push(`INTERCOM_REGION must be us, eu or au, not "${regionText}".`);
  }
  for (const [name, url] of [['INTERCOM_BASE_URL', baseUrl], ['INTERCOM_OAUTH_REDIRECT_URL', redirectUrl], ['INTERCOM_OAUTH_AUTHORIZE_URL', authorizeUrl]] as const) {
    if (url === undefined) continue;
    try {
      resolveIntercomBaseUrl({ baseUrl: url });
    } catch (error) {
      errors.push(`${name}: ${(error as Error).message.replace('The Intercom base URL', 'The address')}`);
    }
  }
  if ((clientId === undefined) !== (clientSecret === undefined)) errors.push('INTERCOM_CLIENT_ID and INTERCOM_CLIENT_SECRET go together: set both (your Intercom app\'s OAuth credentials) or neither.');

  // Intercom for real when the host gave a token or an OAuth app; otherwise the embedded sandbox.
  const intercomMode = accessToken !== undefined || clientId !== undefined;
  const intercom: IntercomTarget = intercomMode ? { mode: 'intercom', ...(baseUrl === undefined ? {} : { baseUrl }) } : { mode: 'sandbox' };
  if (!intercomMode && baseUrl !== undefined) errors.push('INTERCOM_BASE_URL is set but neither INTERCOM_ACCESS_TOKEN nor INTERCOM_CLIENT_ID is: set a token or an OAuth app for that server, or unset it to use the sandbox.');
  if (!intercomMode && regionText !== undefined) notes.push('INTERCOM_REGION is ignored: without INTERCOM_ACCESS_TOKEN the embedded sandbox is used.');
  if (clientId !== undefined && clientSecret !== undefined && redirectUrl === undefined) {
    errors.push('INTERCOM_OAUTH_REDIRECT_URL is required with INTERCOM_CLIENT_ID: the public address of /v1/intercom/oauth/callback, registered in your Intercom app.');
  }
  const oauthApp = clientId !== undefined && clientSecret !== undefined ? { clientId, clientSecret } : undefined;
  const oauthUrls = { ...(redirectUrl === undefined ? {} : { redirectUrl }), ...(authorizeUrl === undefined ? {} : { authorizeUrl }) };
  const oauthStateTtlMs = parseInteger(value('OAUTH_STATE_TTL_MS'), undefined, 1_000, 3_600_000, 'OAUTH_STATE_TTL_MS', errors);

  // `memory` keeps connections in this process only (tests, demos).
  const inMemory = value('CONNECTIONS_DB') === 'memory';
  const dataDir = resolve(cwd, inMemory ? DEFAULT_DATA_DIR : (value('CONNECTIONS_DB') ?? DEFAULT_DATA_DIR));
  const databaseUrl = value('DATABASE_URL');
  let store: StoreChoice;
  if (inMemory && databaseUrl === undefined) {
    store = { kind: 'memory' };
  } else if (databaseUrl !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) errors.push('DATABASE_URL must be a PostgreSQL URL like postgres://user:password@host:5432/database.');
    store = { kind: 'postgres', url: databaseUrl };
    if (value('CONNECTIONS_DB') !== undefined) notes.push('CONNECTIONS_DB holds only the development key: DATABASE_URL is set, so connections live in PostgreSQL.');
  } else if (intercomMode || value('CONNECTIONS_DB') !== undefined) {
    store = { kind: 'embedded', directory: resolve(dataDir, 'connections') };
  } else {
    store = { kind: 'memory' };
    notes.push('connections: kept in memory (sandbox mode); set CONNECTIONS_DB or DATABASE_URL to keep them across restarts.');
  }

  const key = value('CONNECTION_ENCRYPTION_KEY');
  const previousKeys = (value('CONNECTION_ENCRYPTION_KEYS_PREVIOUS') ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (key !== undefined) checkKey(key, 'CONNECTION_ENCRYPTION_KEY', errors);
  previousKeys.forEach((previous, index) => checkKey(previous, `CONNECTION_ENCRYPTION_KEYS_PREVIOUS (key ${index + 1})`, errors));
  if (key === undefined && production) {
    errors.push('CONNECTION_ENCRYPTION_KEY is required in production: 32 random bytes in base64 (openssl rand -base64 32); it encrypts the stored Intercom tokens.');
  }

  const sandboxPort = parseInteger(value('SANDBOX_PORT'), 0, 0, 65535, 'SANDBOX_PORT', errors);
  const sandboxToken = value('SANDBOX_TOKEN');
  if (intercom.mode === 'intercom' && (sandboxPort !== 0 || sandboxToken !== undefined)) {
    notes.push('SANDBOX_PORT and SANDBOX_TOKEN are ignored: the real Intercom is used.');
  }

  const allowedOrigins = parseOrigins(value('PROXY_ALLOWED_ORIGINS'), errors);
  const rateLimitPerWindow = parseInteger(value('INTERCOM_RATE_LIMIT'), undefined, 1, 100_000, 'INTERCOM_RATE_LIMIT', errors);
  const rateLimitWindowMs = parseInteger(value('INTERCOM_RATE_WINDOW_MS'), undefined, 100, 600_000, 'INTERCOM_RATE_WINDOW_MS', errors);
  const maxConcurrent = parseInteger(value('INTERCOM_MAX_CONCURRENT'), undefined, 1, 1_000, 'INTERCOM_MAX_CONCURRENT', errors);
  const timeoutMs = parseInteger(value('INTERCOM_TIMEOUT_MS'), undefined, 100, 300_000, 'INTERCOM_TIMEOUT_MS', errors);
  const instanceId = value('INSTANCE_ID');
  if (instanceId !== undefined && !/^[A-Za-z0-9._:-]{1,64}$/.test(instanceId)) errors.push('INSTANCE_ID must be 1 to 64 letters, digits or . _ : - characters.');
  const redisUrl = value('REDIS_URL');
  if (redisUrl !== undefined && !isRedisUrl(redisUrl)) errors.push('REDIS_URL must be a Redis URL like redis://host:6379 (or rediss:// for TLS, redis://:password@host:6379/0).');
  const expectedInstances = parseInteger(value('PROXY_INSTANCES'), DEFAULT_INSTANCES, 1, 1_000, 'PROXY_INSTANCES', errors);
  if (redisUrl === undefined && value('PROXY_INSTANCES') !== undefined) notes.push('PROXY_INSTANCES is ignored: without REDIS_URL each instance keeps its own limits.');
  const idempotencyTtlSeconds = parseInteger(value('IDEMPOTENCY_TTL_SECONDS'), undefined, 1, 7 * 24 * 3600, 'IDEMPOTENCY_TTL_SECONDS', errors);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      port,
      host,
      tenants,
      apiKeyGenerated,
      intercom,
      ...(accessToken === undefined ? {} : { seedConnection: { accessToken, region } }),
      ...(oauthApp === undefined ? {} : { oauthApp }),
      oauthUrls,
      ...(oauthStateTtlMs === undefined ? {} : { oauthStateTtlMs }),
      store,
      dataDir,
      encryption: { ...(key === undefined ? {} : { key }), previousKeys },
      allowedOrigins,
      sandbox: { port: sandboxPort, ...(sandboxToken === undefined ? {} : { token: sandboxToken }) },
      ...(rateLimitPerWindow === undefined ? {} : { rateLimitPerWindow }),
      ...(rateLimitWindowMs === undefined ? {} : { rateLimitWindowMs }),
      ...(maxConcurrent === undefined ? {} : { maxConcurrent }),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      ...(instanceId === undefined ? {} : { instanceId }),
      ...(idempotencyTtlSeconds === undefined ? {} : { idempotencyTtlMs: idempotencyTtlSeconds * 1000 }),
      ...(redisUrl === undefined ? {} : { redis: { url: redisUrl, expectedInstances } }),
      notes,
    },
  };
}

/** PROXY_API_KEY (tenant `default`) or PROXY_API_KEYS (`acme:<key>,globex:<key>`). */
function parseTenants(single: string | undefined, list: string | undefined, errors: string[]): TenantKey[] {
  if (single !== undefined && list !== undefined) {
    errors.push('PROXY_API_KEY and PROXY_API_KEYS are both set: use PROXY_API_KEYS (tenant:key,...) for several tenants, or PROXY_API_KEY for one.');
    return [];
  }
  if (single !== undefined) {
    if (single.length < 16) errors.push('PROXY_API_KEY must be at least 16 characters long.');
    return [{ tenantId: 'default', apiKey: single }];
  }
  if (list === undefined) return [];
  const tenants: TenantKey[] = [];
  list.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '').forEach((entry, index) => {
    const colon = entry.indexOf(':');
    const tenantId = colon > 0 ? entry.slice(0, colon).trim() : '';
    const apiKey = colon > 0 ? entry.slice(colon + 1).trim() : '';
    if (!isTenantId(tenantId)) errors.push(`PROXY_API_KEYS: entry ${index + 1} must be tenant:key, the tenant 1 to 128 letters, digits or . _ : @ - characters.`);
    else if (apiKey.length < 16) errors.push(`PROXY_API_KEYS: the key of tenant "${tenantId}" must be at least 16 characters long.`);
    else if (tenants.some((tenant) => tenant.tenantId === tenantId)) errors.push(`PROXY_API_KEYS: tenant "${tenantId}" is listed twice.`);
    else if (tenants.some((tenant) => tenant.apiKey === apiKey)) errors.push(`PROXY_API_KEYS: tenant "${tenantId}" has the same key as another tenant.`);
    else tenants.push({ tenantId, apiKey });
  });
  if (tenants.length === 0 && !errors.some((error) => error.startsWith('PROXY_API_KEYS'))) errors.push('PROXY_API_KEYS is set but lists no tenant:key.');
  return tenants;
}

function checkKey(text: string, name: string, errors: string[]): void {
  try {
    parseEncryptionKey(text, name);
  } catch (error) {
    errors.push((error as Error).message);
  }
}

function parseInteger<D extends number | undefined>(raw: string | undefined, fallback: D, min: number, max: number, name: string, errors: string[]): number | D {
  if (raw === undefined) return fallback;
  const parsed = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    errors.push(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
    return fallback;
  }
  return parsed;
}

function parseOrigins(raw: string | undefined, errors: string[]): string[] | '*' {
  if (raw === undefined) return [];
  if (raw === '*') return '*';
  const origins: string[] = [];
  for (const entry of raw.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    let origin: string | undefined;
    try {
      const url = new URL(entry);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry.replace(/\/$/, '')) origin = url.origin;
    } catch {
      origin = undefined;
    }
    if (origin === undefined) errors.push(`PROXY_ALLOWED_ORIGINS: "${entry}" is not an origin like http://localhost:5173.`);
    else origins.push(origin);
  }
  return origins;
}

/** `redis://` or `rediss://` with a host. */
function isRedisUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
  } catch {
    return false;
  }
}

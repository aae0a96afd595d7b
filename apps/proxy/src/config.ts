import { randomBytes } from 'node:crypto';
import { isIntercomRegion, resolveIntercomBaseUrl, type IntercomRegion } from '@workflow-blocks/block-proxy';

/** Where the proxy sends Intercom calls: the embedded sandbox, or Intercom (or a compatible server) with a token. */
export type IntercomTarget =
  | { mode: 'sandbox' }
  | { mode: 'intercom'; accessToken: string; region: IntercomRegion; baseUrl?: string };

/** The proxy app's settings, read from the environment. */
export interface ProxyAppConfig {
  port: number;
  host: string;
  /** The bearer key callers must send. */
  apiKey: string;
  /** True when no PROXY_API_KEY was set and a key was generated for this run (development only). */
  apiKeyGenerated: boolean;
  intercom: IntercomTarget;
  /** Browser origins allowed by CORS; `*` for any. */
  allowedOrigins: string[] | '*';
  /** Requests per 10-second window the proxy allows itself towards Intercom. */
  rateLimitPerWindow?: number;
  /** Time limit of each Intercom call. */
  timeoutMs?: number;
  /** The embedded sandbox's port (0 = any free port) and accepted token, in sandbox mode. */
  sandbox: { port: number; token?: string };
  /** Notes for the start-up log (e.g. settings that were ignored). */
  notes: string[];
}

export type ConfigResult = { ok: true; config: ProxyAppConfig } | { ok: false; errors: string[] };

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_PORT = 8787;
const DEFAULT_HOST = '127.0.0.1';

/**
 * Reads the proxy app's environment. Every problem is reported at once, each naming its variable.
 * @param env - usually `process.env`.
 * @param generateKey - makes the development key when PROXY_API_KEY is unset (replaceable in tests).
 * @example parseProxyConfig({ INTERCOM_ACCESS_TOKEN: 'tok', INTERCOM_REGION: 'eu', PROXY_API_KEY: 'k'.repeat(32) })
 */
export function parseProxyConfig(env: Env, generateKey: () => string = () => randomBytes(24).toString('base64url')): ConfigResult {
  const errors: string[] = [];
  const notes: string[] = [];
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };

  const port = parseInteger(value('PORT'), DEFAULT_PORT, 0, 65535, 'PORT', errors);
  const host = value('HOST') ?? DEFAULT_HOST;

  let apiKey = value('PROXY_API_KEY');
  let apiKeyGenerated = false;
  if (apiKey === undefined) {
    if (value('NODE_ENV') === 'production') {
      errors.push('PROXY_API_KEY is required in production: set it to a long random string that callers send as "Authorization: Bearer <key>".');
    } else {
      apiKey = generateKey();
      apiKeyGenerated = true;
    }
  } else if (apiKey.length < 16) {
    errors.push('PROXY_API_KEY must be at least 16 characters long.');
  }

  const accessToken = value('INTERCOM_ACCESS_TOKEN');
  const regionText = value('INTERCOM_REGION')?.toLowerCase();
  const baseUrl = value('INTERCOM_BASE_URL');
  let region: IntercomRegion = 'us';
  if (regionText !== undefined) {
    if (isIntercomRegion(regionText)) region = regionText;
    else errors.push(`INTERCOM_REGION must be us, eu or au, not "${regionText}".`);
  }
  if (baseUrl !== undefined) {
    try {
      resolveIntercomBaseUrl({ baseUrl });
    } catch (error) {
      errors.push(`INTERCOM_BASE_URL: ${(error as Error).message}`);
    }
  }
  let intercom: IntercomTarget = { mode: 'sandbox' };
  if (accessToken !== undefined) {
    intercom = { mode: 'intercom', accessToken, region, ...(baseUrl === undefined ? {} : { baseUrl }) };
  } else if (baseUrl !== undefined) {
    errors.push('INTERCOM_BASE_URL is set but INTERCOM_ACCESS_TOKEN is not: set the token for that server, or unset both to use the sandbox.');
  } else if (regionText !== undefined) {
    notes.push('INTERCOM_REGION is ignored: without INTERCOM_ACCESS_TOKEN the embedded sandbox is used.');
  }

  const sandboxPort = parseInteger(value('SANDBOX_PORT'), 0, 0, 65535, 'SANDBOX_PORT', errors);
  const sandboxToken = value('SANDBOX_TOKEN');
  if (intercom.mode === 'intercom' && (sandboxPort !== 0 || sandboxToken !== undefined)) {
    notes.push('SANDBOX_PORT and SANDBOX_TOKEN are ignored: INTERCOM_ACCESS_TOKEN is set, so the real Intercom is used.');
  }

  const allowedOrigins = parseOrigins(value('PROXY_ALLOWED_ORIGINS'), errors);
  const rateLimitPerWindow = parseInteger(value('INTERCOM_RATE_LIMIT'), undefined, 1, 100_000, 'INTERCOM_RATE_LIMIT', errors);
  const timeoutMs = parseInteger(value('INTERCOM_TIMEOUT_MS'), undefined, 100, 300_000, 'INTERCOM_TIMEOUT_MS', errors);

  if (errors.length > 0 || apiKey === undefined) return { ok: false, errors };
  return {
    ok: true,
    config: {
      port,
      host,
      apiKey,
      apiKeyGenerated,
      intercom,
      allowedOrigins,
      sandbox: { port: sandboxPort, ...(sandboxToken === undefined ? {} : { token: sandboxToken }) },
      ...(rateLimitPerWindow === undefined ? {} : { rateLimitPerWindow }),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      notes,
    },
  };
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

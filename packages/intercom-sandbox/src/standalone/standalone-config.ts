import { rateLimitBounds } from '../http/rate-limit.js';
import type { IntercomSandboxOptions } from '../sandbox.js';

/** What the standalone command serves, read from its environment. */
export interface StandaloneConfig {
  port: number;
  host: string;
  sandbox: IntercomSandboxOptions;
  /** The rate limit to set at start when SANDBOX_RATE_LIMIT or SANDBOX_RATE_WINDOW_MS is given. */
  rateLimit?: { requestsPerWindow: number; windowMs: number };
}

export type StandaloneConfigResult = { ok: true; config: StandaloneConfig } | { ok: false; errors: string[] };

type Env = Readonly<Record<string, string | undefined>>;

/** The port a standalone sandbox listens on by default (the one apps/proxy's README uses for INTERCOM_BASE_URL). */
export const DEFAULT_STANDALONE_PORT = 4010;

/**
 * Reads the standalone sandbox's variables: PORT, HOST, SANDBOX_TOKEN, SANDBOX_RATE_LIMIT, SANDBOX_RATE_WINDOW_MS
 * and SANDBOX_OAUTH_REDIRECT_URIS. Every problem is reported at once, each naming its variable.
 */
export function parseStandaloneConfig(env: Env): StandaloneConfigResult {
  const errors: string[] = [];
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const integer = (name: string, min: number, max: number): number | undefined => {
    const raw = value(name);
    if (raw === undefined) return undefined;
    const parsed = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isSafeInteger(parsed) && parsed >= min && parsed <= max) return parsed;
    errors.push(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
    return undefined;
  };

  const port = integer('PORT', 0, 65535) ?? DEFAULT_STANDALONE_PORT;
  const host = value('HOST') ?? '127.0.0.1';
  const token = value('SANDBOX_TOKEN');
  const requestsPerWindow = integer('SANDBOX_RATE_LIMIT', rateLimitBounds.requestsPerWindow.min, rateLimitBounds.requestsPerWindow.max);
  const windowMs = integer('SANDBOX_RATE_WINDOW_MS', rateLimitBounds.windowMs.min, rateLimitBounds.windowMs.max);
  const redirectUris = (value('SANDBOX_OAUTH_REDIRECT_URIS') ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  for (const uri of redirectUris) {
    if (!URL.canParse(uri)) errors.push(`SANDBOX_OAUTH_REDIRECT_URIS: "${uri}" is not a URL.`);
  }
  if (errors.length > 0) return { ok: false, errors };

  const sandbox: IntercomSandboxOptions = {
    ...(token === undefined ? {} : { token }),
    ...(redirectUris.length === 0 ? {} : { oauthApp: { redirectUris } }),
  };
  const rateLimit =
    requestsPerWindow === undefined && windowMs === undefined ? undefined : { requestsPerWindow: requestsPerWindow ?? 1666, windowMs: windowMs ?? 10_000 };
  return { ok: true, config: { port, host, sandbox, ...(rateLimit === undefined ? {} : { rateLimit }) } };
}

import { REDACTED, secretPattern } from './redact-secret.js';

/** Secrets remembered at once (one token per tenant in use, the OAuth client secret, codes being exchanged). */
const MAX_SECRETS = 64;

/** A log sink that never lets a known secret through. */
export interface SecretRedactingLog {
  (line: string): void;
  /**
   * Adds a secret (e.g. each access token the credentials hook returned) to strip from every later line.
   * `keep` secrets (the OAuth client secret) are never forgotten, however many tenants' tokens come after.
   * @returns the secret's pattern (built once per secret), or undefined for one too short to look for.
   */
  addSecret: (secret: string, options?: { keep?: boolean }) => RegExp | undefined;
  /** The same redaction for other text on its way out (e.g. an error message, every answer of the proxy). */
  redact: (text: string) => string;
}

/**
 * Wraps the host's log so that a token can never appear in a log line, whatever the line came from.
 * @param log - the host's sink; nothing is logged when it is absent.
 */
export function createSecretRedactingLog(log: ((line: string) => void) | undefined): SecretRedactingLog {
  // Each secret's pattern is built once: it is applied to every answer and log line.
  const secrets = new Map<string, RegExp | undefined>();
  const kept = new Map<string, RegExp | undefined>();
  const redact = (text: string) => {
    let out = text;
    for (const pattern of kept.values()) if (pattern) out = out.replace(pattern, REDACTED);
    for (const pattern of secrets.values()) if (pattern) out = out.replace(pattern, REDACTED);
    return out;
  };
  const sink = (line: string) => {
    log?.(redact(line));
  };
  return Object.assign(sink, {
    addSecret: (secret: string, options?: { keep?: boolean }) => {
      if (options?.keep) {
        if (!kept.has(secret)) kept.set(secret, secretPattern(secret));
        return kept.get(secret);
      }
      // Least recently used first: a token in use is added again on every call, so with many tenants only
      // tokens idle for MAX_SECRETS other tenants' calls are dropped (their next call adds them back).
      const pattern = secrets.has(secret) ? secrets.get(secret) : secretPattern(secret);
      secrets.delete(secret);
      secrets.set(secret, pattern);
      if (secrets.size > MAX_SECRETS) {
        const oldest = secrets.keys().next().value;
        if (oldest !== undefined) secrets.delete(oldest);
      }
      return pattern;
    },
    redact,
  });
}

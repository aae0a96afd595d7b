import { REDACTED, secretPattern } from './redact-secret.js';

/** A log sink that never lets a known secret through. */
export interface SecretRedactingLog {
  (line: string): void;
  /** Adds a secret (e.g. each access token the credentials hook returned) to strip from every later line. */
  addSecret: (secret: string) => void;
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
  const redact = (text: string) => {
    let out = text;
    for (const pattern of secrets.values()) if (pattern) out = out.replace(pattern, REDACTED);
    return out;
  };
  const sink = (line: string) => {
    log?.(redact(line));
  };
  return Object.assign(sink, {
    addSecret: (secret: string) => {
      if (secrets.has(secret)) return;
      if (secrets.size > 16) secrets.clear();
      secrets.set(secret, secretPattern(secret));
    },
    redact,
  });
}

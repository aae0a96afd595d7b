import { createHash } from 'node:crypto';
import stableStringify from 'safe-stable-stringify';

/** The request header that names a run. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** The longest key accepted. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

const KEY_PATTERN = /^[A-Za-z0-9._:~+/=@-]+$/;

/** What a key may be, for the 400 that refuses another. */
export const idempotencyKeyRule = `The ${IDEMPOTENCY_KEY_HEADER} header must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters: letters, digits and - _ . : ~ + / = @ (e.g. the host's run id).`;

/**
 * Reads the `Idempotency-Key` header: absent (no key), a valid key, or invalid.
 * @param header - the header's value, or undefined when it was not sent.
 */
export function readIdempotencyKey(header: string | undefined): { ok: true; key: string | undefined } | { ok: false; error: string } {
  if (header === undefined) return { ok: true, key: undefined };
  if (header.length === 0 || header.length > MAX_IDEMPOTENCY_KEY_LENGTH || !KEY_PATTERN.test(header)) return { ok: false, error: idempotencyKeyRule };
  return { ok: true, key: header };
}

/**
 * The key as stored: its tenant first, length-prefixed, so that no two tenants' keys can ever be the same string
 * (tenant ids and keys may both contain `:`).
 */
export function scopedIdempotencyKey(tenantId: string, key: string): string {
  return `${tenantId.length}:${tenantId}:${key}`;
}

/**
 * The fingerprint of a resolved config: SHA-256 of its canonical JSON (keys sorted at every level), so the same
 * config sent with its keys in another order is the same run, and any other value is another.
 * @param config - the config as the caller sent it (parsed JSON).
 */
export function configFingerprint(config: unknown): string {
  // Synchronous: WebCrypto's digest waits a turn of the event loop, and the key's claim waits for it.
  return createHash('sha256')
    .update(stableStringify(config) ?? 'undefined')
    .digest('hex');
}

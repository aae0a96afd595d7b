import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** A token as it is stored: AES-256-GCM ciphertext and the id of the key that made it, never the token or the key. */
export interface EncryptedToken {
  /** The first 16 hex digits of SHA-256 over the key: names the key without revealing it. */
  keyId: string;
  /** base64 of IV (12 bytes) + authentication tag (16 bytes) + ciphertext. */
  ciphertext: string;
}

/** Encrypts tokens at rest with the current key; decrypts with the current or a previous one. */
export interface TokenCipher {
  /** The current key's id; a token stored under another id is re-encrypted when next read. */
  readonly keyId: string;
  /**
   * @param token - the access token.
   * @param tenantId - bound to the ciphertext as associated data: a row copied to another tenant does not decrypt.
   */
  encrypt(token: string, tenantId: string): EncryptedToken;
  /** @throws Error (naming the key id, never the token) when no known key decrypts it. */
  decrypt(stored: EncryptedToken, tenantId: string): string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The key's id: a hash prefix that names it in the database and logs without revealing it. */
function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('workflow-blocks connection key\0').update(key).digest('hex').slice(0, 16);
}

/**
 * Reads a key given as base64 of 32 random bytes (e.g. `openssl rand -base64 32`).
 * @param name - the setting's name, for the error.
 * @throws Error naming the setting (never echoing the value) when it is not 32 bytes of base64.
 */
export function parseEncryptionKey(text: string, name = 'CONNECTION_ENCRYPTION_KEY'): Buffer {
  const trimmed = text.trim();
  const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.alloc(0);
  if (key.length !== 32) throw new Error(`${name} must be 32 random bytes in base64 (e.g. the output of "openssl rand -base64 32").`);
  return key;
}

/** A new random key in the form `parseEncryptionKey` reads. */
export function generateEncryptionKey(): string {
  return randomBytes(32).toString('base64');
}

/**
 * Creates the cipher the proxy keeps tokens with (AES-256-GCM from node:crypto).
 * @param key - the current key, base64 of 32 bytes.
 * @param previousKeys - older keys that still decrypt (key rotation); their tokens are re-encrypted with `key`.
 * @example const cipher = createTokenCipher(process.env.CONNECTION_ENCRYPTION_KEY!, previous);
 */
export function createTokenCipher(key: string, previousKeys: readonly string[] = []): TokenCipher {
  const current = parseEncryptionKey(key);
  const keys = new Map<string, Buffer>([[keyIdOf(current), current]]);
  previousKeys.forEach((previous, index) => {
    const parsed = parseEncryptionKey(previous, `CONNECTION_ENCRYPTION_KEYS_PREVIOUS (key ${index + 1})`);
    if (!keys.has(keyIdOf(parsed))) keys.set(keyIdOf(parsed), parsed);
  });
  const keyId = keyIdOf(current);
  return {
    keyId,
    encrypt(token, tenantId) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      cipher.setAAD(Buffer.from(tenantId, 'utf8'));
      const data = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
      return { keyId, ciphertext: Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64') };
    },
    decrypt(stored, tenantId) {
      const found = keys.get(stored.keyId);
      if (!found) throw new Error(`The stored token was encrypted with key ${stored.keyId}, which is neither CONNECTION_ENCRYPTION_KEY nor one of CONNECTION_ENCRYPTION_KEYS_PREVIOUS.`);
      const raw = Buffer.from(stored.ciphertext, 'base64');
      if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('The stored token is damaged (too short).');
      try {
        const decipher = createDecipheriv('aes-256-gcm', found, raw.subarray(0, IV_BYTES));
        decipher.setAAD(Buffer.from(tenantId, 'utf8'));
        decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new Error(`The stored token does not decrypt with key ${stored.keyId} for this tenant (damaged, or copied from another tenant).`);
      }
    },
  };
}

import { describe, expect, it } from 'vitest';
import { createTokenCipher, generateEncryptionKey, parseEncryptionKey } from './token-cipher.js';

const token = 'dG9rOmFjbWUtc2VjcmV0LXRva2Vu';

describe('createTokenCipher', () => {
  it('round-trips a token and never stores it or the key in clear', () => {
    const key = generateEncryptionKey();
    const cipher = createTokenCipher(key);
    const stored = cipher.encrypt(token, 'acme');
    expect(cipher.decrypt(stored, 'acme')).toBe(token);
    expect(stored.keyId).toBe(cipher.keyId);
    expect(stored.keyId).toMatch(/^[0-9a-f]{16}$/);
    for (const text of [stored.ciphertext, stored.keyId, Buffer.from(stored.ciphertext, 'base64').toString('latin1')]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(key);
      expect(text).not.toContain(Buffer.from(key, 'base64').toString('hex'));
    }
    // A fresh IV each time: the same token never looks the same twice.
    expect(cipher.encrypt(token, 'acme').ciphertext).not.toBe(stored.ciphertext);
  });

  it("binds a token to its tenant: another tenant's row does not decrypt", () => {
    const cipher = createTokenCipher(generateEncryptionKey());
    expect(() => cipher.decrypt(cipher.encrypt(token, 'acme'), 'globex')).toThrow(/does not decrypt .* another tenant/);
  });

  it('refuses a tampered ciphertext', () => {
    const cipher = createTokenCipher(generateEncryptionKey());
    const stored = cipher.encrypt(token, 'acme');
    const raw = Buffer.from(stored.ciphertext, 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt({ ...stored, ciphertext: raw.toString('base64') }, 'acme')).toThrow(/does not decrypt/);
  });

  it('still decrypts with a previous key, and only with known keys', () => {
    const oldKey = generateEncryptionKey();
    const stored = createTokenCipher(oldKey).encrypt(token, 'acme');
    const rotated = createTokenCipher(generateEncryptionKey(), [oldKey]);
    expect(rotated.keyId).not.toBe(stored.keyId);
    expect(rotated.decrypt(stored, 'acme')).toBe(token);
    expect(() => createTokenCipher(generateEncryptionKey()).decrypt(stored, 'acme')).toThrow(new RegExp(`key ${stored.keyId}, which is neither`));
  });

  it('accepts only 32 bytes of base64 and never echoes a bad key', () => {
    expect(parseEncryptionKey(Buffer.alloc(32, 7).toString('base64')).length).toBe(32);
    for (const bad of ['', 'short', Buffer.alloc(16).toString('base64'), `${'A'.repeat(43)}!`]) {
      expect(() => parseEncryptionKey(bad)).toThrow(/^CONNECTION_ENCRYPTION_KEY must be 32 random bytes in base64/);
    }
    try {
      createTokenCipher('not-a-key-but-a-secret-value');
    } catch (error) {
      expect((error as Error).message).not.toContain('not-a-key-but-a-secret-value');
    }
    expect(() => createTokenCipher(generateEncryptionKey(), ['bad'])).toThrow(/CONNECTION_ENCRYPTION_KEYS_PREVIOUS \(key 1\)/);
  });
});

import { describe, expect, it } from 'vitest';
import { configFingerprint, idempotencyKeyRule, readIdempotencyKey, scopedIdempotencyKey } from './idempotency-key.js';

describe('readIdempotencyKey', () => {
  it('accepts a run id of letters, digits and - _ . : ~ + / = @, and no header at all', () => {
    expect(readIdempotencyKey(undefined)).toEqual({ ok: true, key: undefined });
    for (const key of ['run-42:step-3', '0b6f1f4e-8d1c-4f7a-9a43-2a0d3c5e7f11', 'a', 'wf.run_7~x+y/z==@host', 'k'.repeat(255)]) {
      expect(readIdempotencyKey(key)).toEqual({ ok: true, key });
    }
  });

  it('refuses an empty, too long or oddly spelled key with the rule in words', () => {
    for (const key of ['', 'k'.repeat(256), 'has space', 'quote"', 'new\nline', 'ünïcode', 'semi;colon', '<script>']) {
      expect(readIdempotencyKey(key)).toEqual({ ok: false, error: idempotencyKeyRule });
    }
    expect(idempotencyKeyRule).toBe('The Idempotency-Key header must be 1 to 255 characters: letters, digits and - _ . : ~ + / = @ (e.g. the host\'s run id).');
  });
});

describe('scopedIdempotencyKey', () => {
  it('never gives two tenants the same stored key, even when ids and keys contain ":"', () => {
    expect(scopedIdempotencyKey('a:b', 'c')).not.toBe(scopedIdempotencyKey('a', 'b:c'));
    expect(scopedIdempotencyKey('acme', 'k')).not.toBe(scopedIdempotencyKey('globex', 'k'));
  });
});

describe('configFingerprint', () => {
  it('is the same for the same config with its keys in any order, and differs for any other value', () => {
    const config = { resource: 'contact', operation: 'create', role: 'user', email: 'ada@example.com', customAttributes: '{"a":1,"b":2}' };
    const reordered = { email: 'ada@example.com', customAttributes: '{"a":1,"b":2}', role: 'user', operation: 'create', resource: 'contact' };
    expect(configFingerprint(config)).toMatch(/^[0-9a-f]{64}$/);
    expect(configFingerprint(reordered)).toBe(configFingerprint(config));
    expect(configFingerprint({ nested: { b: 1, a: [1, { d: 2, c: 3 }] } })).toBe(configFingerprint({ nested: { a: [1, { c: 3, d: 2 }], b: 1 } }));
    expect(configFingerprint({ ...config, email: 'ada@example.org' })).not.toBe(configFingerprint(config));
    expect(configFingerprint({ ...config, role: 'lead' })).not.toBe(configFingerprint(config));
    expect(configFingerprint({ ...config, extra: '' })).not.toBe(configFingerprint(config));
    expect(configFingerprint({ a: [1, 2] })).not.toBe(configFingerprint({ a: [2, 1] }));
  });
});

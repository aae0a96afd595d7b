import { describe, expect, it } from 'vitest';
import { redactSecret, secretPattern } from './redact-secret.js';
import { createSecretRedactingLog } from './secret-redacting-log.js';
import { encodedForms, revealsSecret } from './test-support/secret-forms.js';

const TOKEN = 'dG9rOjE/echo+Token=3e8b1f0c9d';

describe('redactSecret', () => {
  it('replaces every occurrence of the secret', () => {
    expect(redactSecret('a tok-123 b tok-123', 'tok-123')).toBe('a [redacted] b [redacted]');
  });

  it('leaves text alone for an absent or trivially short secret', () => {
    expect(redactSecret('abc', undefined)).toBe('abc');
    expect(redactSecret('a a a', 'a')).toBe('a a a');
    expect(secretPattern('abc')).toBeUndefined();
  });

  it.each(Object.entries(encodedForms(TOKEN)))('removes the secret %s, so no decoding brings it back', (_form, encoded) => {
    const text = `{"message":"Token ${encoded} is invalid","link":"</contacts/${encoded}>"}`;
    // The form really carries the token: a reader could decode it.
    expect(revealsSecret(text, TOKEN)).toBe(true);
    const redacted = redactSecret(text, TOKEN);
    expect(redacted).toContain('[redacted]');
    expect(revealsSecret(redacted, TOKEN)).toBe(false);
  });

  it('removes a mix of forms within one occurrence', () => {
    const mixed = 'dG9r%4FjE\\/echo%2BTo\\u006Ben=3e8b1f0c9d';
    expect(revealsSecret(mixed, TOKEN)).toBe(true);
    expect(redactSecret(`x ${mixed} y`, TOKEN)).toBe('x [redacted] y');
  });

  it('leaves other encoded text alone', () => {
    const text = 'Link: </contacts/6762f0d0%2Bx>; rel="canonical" id=ZWNobyBvdGhlcg== \\u0041\\/b';
    expect(redactSecret(text, TOKEN)).toBe(text);
  });
});

describe('createSecretRedactingLog', () => {
  it('strips every secret it was told about from each line', () => {
    const lines: string[] = [];
    const log = createSecretRedactingLog((line) => lines.push(line));
    log.addSecret('secret-one');
    log.addSecret('secret-two');
    log('token secret-one and secret-two');
    expect(lines).toEqual(['token [redacted] and [redacted]']);
    expect(log.redact('x secret-two')).toBe('x [redacted]');
    log.addSecret('secret/three-0123456789');
    const redacted = log.redact(`x ${encodeURIComponent('secret/three-0123456789')} ${Buffer.from('Bearer secret/three-0123456789').toString('base64')}`);
    // The base64 of what surrounds the secret may stay ("Bearer "), never a character that is the secret's alone.
    expect(redacted).toMatch(/^x \[redacted\] QmVhcmVyI.?\[redacted\].{0,3}$/);
    expect(revealsSecret(redacted, 'secret/three-0123456789')).toBe(false);
  });

  it("gives back each secret's pattern, built once however often the secret is added (once per call to Intercom)", () => {
    const log = createSecretRedactingLog(undefined);
    const pattern = log.addSecret('tenant-token-abcdefgh');
    expect(pattern).toBeInstanceOf(RegExp);
    expect(log.addSecret('tenant-token-abcdefgh')).toBe(pattern);
    expect('a tenant-token-abcdefgh b'.replace(pattern!, '[x]')).toBe('a [x] b');
    expect(log.addSecret('abc')).toBeUndefined();
  });

  it('never forgets a kept secret (the OAuth client secret), however many tokens come after it', () => {
    const log = createSecretRedactingLog(undefined);
    log.addSecret('oauth-client-secret-0123456789', { keep: true });
    for (let tenant = 0; tenant < 500; tenant += 1) log.addSecret(`tenant-token-${tenant}-abcdefgh`);
    expect(log.redact('secret oauth-client-secret-0123456789')).toBe('secret [redacted]');
    expect(log.redact('old tenant-token-0-abcdefgh')).toBe('old tenant-token-0-abcdefgh');
    expect(log.redact('new tenant-token-499-abcdefgh')).toBe('new [redacted]');
  });
});

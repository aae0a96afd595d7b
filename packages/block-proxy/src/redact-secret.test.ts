import { describe, expect, it } from 'vitest';
import { redactSecret } from './redact-secret.js';
import { createSecretRedactingLog } from './secret-redacting-log.js';

describe('redactSecret', () => {
  it('replaces every occurrence of the secret', () => {
    expect(redactSecret('a tok-123 b tok-123', 'tok-123')).toBe('a [redacted] b [redacted]');
  });

  it('leaves text alone for an absent or trivially short secret', () => {
    expect(redactSecret('abc', undefined)).toBe('abc');
    expect(redactSecret('a a a', 'a')).toBe('a a a');
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
  });
});

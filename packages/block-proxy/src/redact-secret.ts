/** What a secret is replaced with wherever it might otherwise be shown. */
export const REDACTED = '[redacted]';

/**
 * Removes every occurrence of a secret from a text (defence in depth: an upstream server might echo it).
 * @param text - any text on its way to a response or a log line.
 * @param secret - the secret; empty or very short secrets are left alone since they would match everywhere.
 * @returns the text with the secret replaced by `[redacted]`.
 * @example redactSecret('Bearer abc123', 'abc123') // 'Bearer [redacted]'
 */
export function redactSecret(text: string, secret: string | undefined): string {
  if (secret === undefined || secret.length < 4) return text;
  return text.split(secret).join(REDACTED);
}

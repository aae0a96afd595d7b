/** What a secret is replaced with wherever it might otherwise be shown. */
export const REDACTED = '[redacted]';

/** Shorter secrets are left alone: they would match everywhere. */
const MIN_SECRET_LENGTH = 4;
/** Base64 forms are matched only for secrets long enough that their encoding cannot be a chance match. */
const MIN_BASE64_SECRET_LENGTH = 12;

/**
 * A pattern that finds a secret in every form an answer of the proxy could carry it: in clear, JSON-escaped
 * (`\/`, `\uXXXX`, also escaped twice, as JSON inside a JSON string), percent-encoded (any character, any case,
 * also encoded twice), in any mix of those, and base64 or base64url encoded at any position of a longer text.
 * @param secret - e.g. an Intercom access token.
 * @returns a global pattern, or undefined for a secret too short to look for.
 * @example 'x echo%2Ftok x'.replace(secretPattern('echo/tok')!, '[redacted]') // 'x [redacted] x'
 */
export function secretPattern(secret: string): RegExp | undefined {
  if (secret.length < MIN_SECRET_LENGTH) return undefined;
  const forms = [Array.from(secret, characterForms).join('')];
  if (secret.length >= MIN_BASE64_SECRET_LENGTH) forms.push(...base64Cores(secret).map(base64Pattern));
  return new RegExp(forms.join('|'), 'g');
}

/**
 * Removes every occurrence of a secret from a text, in every form `secretPattern` knows (defence in depth: an
 * upstream server might echo it, encoded or not).
 * @param text - any text on its way to a response or a log line.
 * @param secret - the secret; empty or very short secrets are left alone since they would match everywhere.
 * @returns the text with the secret replaced by `[redacted]`.
 * @example redactSecret('Bearer abc123', 'abc123') // 'Bearer [redacted]'
 */
export function redactSecret(text: string, secret: string | undefined): string {
  const pattern = secret === undefined ? undefined : secretPattern(secret);
  return pattern ? text.replace(pattern, REDACTED) : text;
}

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** Hex digits of a number matching either case, e.g. 0x2f -> `2[fF]`. */
function hexPattern(value: number, width: number): string {
  return Array.from(value.toString(16).padStart(width, '0'), (digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit)).join('');
}

/** One character of the secret: itself, JSON-escaped or percent-encoded (each possibly applied twice or more). */
function characterForms(character: string): string {
  const forms = [escapeRegExp(character)];
  // `\uXXXX` (a character outside the BMP is two of them), after one or more backslashes.
  const units = Array.from({ length: character.length }, (_, i) => character.charCodeAt(i));
  forms.push(units.map((unit) => `\\\\+u${hexPattern(unit, 4)}`).join(''));
  if (character === '/' || character === '"' || character === '\\') forms.push(`\\\\+${escapeRegExp(character)}`);
  // `%XX` for each UTF-8 byte; `%25` is a percent sign encoded again.
  forms.push(Array.from(new TextEncoder().encode(character), (byte) => `%(?:25)*${hexPattern(byte, 2)}`).join(''));
  return `(?:${forms.join('|')})`;
}

/**
 * The parts of the secret's base64 (and base64url) encoding that do not depend on what comes before or after
 * it: one for each of the three byte positions it can start at within a longer encoded text.
 */
function base64Cores(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset += 1) {
    const padded = new Uint8Array(offset + bytes.length + 2);
    padded.set(bytes, offset);
    const encoded = btoa(String.fromCharCode(...padded));
    // Character i covers bits 6i..6i+5: keep those wholly inside the secret's bits.
    const first = Math.ceil((8 * offset) / 6);
    const last = Math.floor((8 * (offset + bytes.length) - 6) / 6);
    const core = encoded.slice(first, last + 1);
    cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...new Set(cores)];
}

/** A base64 core, allowing its `/` and `+` to be JSON-escaped or percent-encoded as well. */
function base64Pattern(core: string): string {
  return Array.from(core, (character) =>
    character === '/' ? '(?:/|\\\\+/|%(?:25)*2[fF])' : character === '+' ? '(?:\\+|%(?:25)*2[bB])' : escapeRegExp(character),
  ).join('');
}

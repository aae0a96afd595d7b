import { createScanner } from 'jsonc-parser';

// jsonc-parser's SyntaxKind is an ambient const enum, which isolatedModules cannot read.
const STRING_LITERAL = 10;
const COLON = 6;
const EOF_TOKEN = 17;

/** One string literal of a JSON text, decoded, with a map from decoded characters back to the text. */
export interface JsonStringLiteral {
  /** Offset of the opening quote. */
  start: number;
  /** Offset just after the closing quote (or the end of an unterminated string). */
  end: number;
  /** The decoded value (escapes applied). */
  value: string;
  /** `offsets[i]` is where decoded character `i` starts in the text; `offsets[value.length]` is where the content ends. */
  offsets: number[];
  /** A property name (followed by `:`) rather than a value. */
  isKey: boolean;
}

/**
 * Finds the string literals of a JSON text whose value contains `<`, the only ones that can hold references.
 * Works on invalid JSON too (a token scanner, not a parser), so references stay visible while a person types.
 * @example findJsonStringsWithAngles('{"a": "<T.x>"}')[0]?.value // '<T.x>'
 */
export function findJsonStringsWithAngles(text: string): JsonStringLiteral[] {
  const found: JsonStringLiteral[] = [];
  if (!text.includes('<') && !text.includes('\\')) return found;
  return quickStringsWithAngles(text) ?? scanStringsWithAngles(text);
}

const QUOTE = 34;
const BACKSLASH = 92;
const SLASH = 47;
const STAR = 42;
const LT = 60;
const hex4 = /^[0-9a-fA-F]{4}$/;
const simpleEscapeCodes = new Set([...'"\\/bfnrt'].map((char) => char.charCodeAt(0)));
const colonNext = /\s*:/y;

/**
 * The same at the speed of one pass over the characters, for text whose strings are all closed, with valid escapes
 * and no comment (what a person types almost always is); undefined otherwise, and the token scanner decides.
 */
export function quickStringsWithAngles(text: string): JsonStringLiteral[] | undefined {
  const found: JsonStringLiteral[] = [];
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === SLASH) {
      const next = text.charCodeAt(i + 1);
      if (next === SLASH || next === STAR) return undefined;
      continue;
    }
    if (code !== QUOTE) continue;
    const start = i;
    let angle = false;
    let closed = false;
    for (i += 1; i < length; i++) {
      const inner = text.charCodeAt(i);
      if (inner === QUOTE) {
        closed = true;
        break;
      }
      if (inner === 10 || inner === 13) return undefined;
      if (inner === LT) angle = true;
      else if (inner === BACKSLASH) {
        const escaped = text.charCodeAt(i + 1);
        if (escaped === 117 /* u */ && hex4.test(text.slice(i + 2, i + 6))) {
          angle = true; // \u003c may be a <: decoded below
          i += 5;
        } else if (simpleEscapeCodes.has(escaped)) i += 1;
        else return undefined;
      }
    }
    if (!closed) return undefined;
    if (!angle) continue;
    const literal = decodeStringToken(text, start, i + 1);
    if (!literal.value.includes('<')) continue;
    colonNext.lastIndex = i + 1;
    literal.isKey = colonNext.test(text);
    found.push(literal);
  }
  return found;
}

/** jsonc-parser's token scanner: strings as it reads them, in any text. */
export function scanStringsWithAngles(text: string): JsonStringLiteral[] {
  const found: JsonStringLiteral[] = [];
  const scanner = createScanner(text, true);
  let pending: JsonStringLiteral | undefined;
  for (let kind: number = scanner.scan(); kind !== EOF_TOKEN; kind = scanner.scan()) {
    if (pending) {
      pending.isKey = kind === COLON;
      found.push(pending);
      pending = undefined;
    }
    if (kind === STRING_LITERAL && scanner.getTokenValue().includes('<')) {
      pending = decodeStringToken(text, scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
    }
  }
  if (pending) found.push(pending);
  return found;
}

const simpleEscapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function decodeStringToken(text: string, start: number, end: number): JsonStringLiteral {
  const contentEnd = end - start >= 2 && text.charCodeAt(end - 1) === 34 && !endsWithEscape(text, start + 1, end - 1) ? end - 1 : end;
  let value = '';
  const offsets: number[] = [];
  let i = start + 1;
  while (i < contentEnd) {
    const char = text.charAt(i);
    if (char === '\\' && i + 1 < contentEnd) {
      const next = text.charAt(i + 1);
      const hex = text.slice(i + 2, i + 6);
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
        value += String.fromCharCode(parseInt(hex, 16));
        offsets.push(i);
        i += 6;
        continue;
      }
      const simple = simpleEscapes[next];
      if (simple !== undefined) {
        value += simple;
        offsets.push(i);
        i += 2;
        continue;
      }
    }
    value += char;
    offsets.push(i);
    i += 1;
  }
  offsets.push(contentEnd);
  return { start, end, value, offsets, isKey: false };
}

/** Whether the quote at `quoteAt` is escaped (an odd run of backslashes before it). */
function endsWithEscape(text: string, contentStart: number, quoteAt: number): boolean {
  let backslashes = 0;
  for (let i = quoteAt - 1; i >= contentStart && text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 1;
}

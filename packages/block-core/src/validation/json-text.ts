import { createScanner, findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { referenceAtStart } from '../schemas/reference-string.js';
import { createLineIndex, type TextRange } from '../text/text-position.js';
import { decimalDigits, findSilentChanges } from './json-exactness.js';
import type { JsonPathSegment } from './json-path.js';
import { quoteValue } from '../text/quote.js';

export type { TextRange };

/** Where to mark a problem: the value itself, the name of its property, or the object a property is missing from. */
export type MarkTarget = 'value' | 'key' | 'missing';

/** A JSON field's text, parsed, with a way to find where a path sits in the text. */
export interface JsonDocument {
  value: unknown;
  rangeOf(path: readonly JsonPathSegment[], target: MarkTarget): TextRange;
  /** What parsing changed silently (numbers a double cannot hold, a key given twice), each with its place. */
  silentChanges(): { code: string; message: string; path: JsonPathSegment[]; range: TextRange }[];
  /**
   * Every key and string of the value that holds a `<` (where references can be; a string written several times
   * may be given once), when the text is known to give no key twice, so the value holds every string written;
   * undefined when the text must be read for them.
   */
  stringsWithAngles?: readonly string[];
}

/** Why a JSON text cannot be used, in words, and where: not JSON, or nested deeper than any Intercom body. */
export interface JsonSyntaxProblem {
  code: 'invalid_json' | 'too_deeply_nested';
  message: string;
  range: TextRange;
}

/**
 * The deepest nesting of objects and lists a JSON field may have. Intercom's bodies need under 10 levels (a
 * search nests two groups); parsing and schema checks recurse, so thousands of levels would overflow the stack.
 */
export const MAX_JSON_DEPTH = 64;

export type JsonParseResult = { ok: true; document: JsonDocument } | { ok: false; problem: JsonSyntaxProblem };

// jsonc-parser's SyntaxKind is an ambient const enum, which isolatedModules cannot read.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF_TOKEN = 17;

const strictJson = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * Parses a JSON field's text as strict JSON (no comments, no trailing commas), keeping positions.
 * @returns the document, or the first syntax error with its position (later errors are usually its echoes)
 * @example parseJsonText('{"a": 1,}') // { ok: false, problem: { message: 'Remove the comma before "}" ...', range: ... } }
 */
export function parseJsonText(text: string): JsonParseResult {
  return quickParse(text) ?? parseWithPositions(text);
}

/**
 * The common case at native speed: text that JSON.parse reads, within the depth limit, with no key given twice and
 * every number kept as written. Positions (jsonc-parser's tree) are built only if a problem needs marking.
 */
function quickParse(text: string): JsonParseResult | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const shape = readShape(value, text);
  if (shape.depth > MAX_JSON_DEPTH || !keysOnceAndNumbersExact(text, value, shape)) return undefined;
  let positioned: JsonDocument | undefined;
  const located = () => {
    if (!positioned) {
      const parsed = parseWithPositions(text);
      if (!parsed.ok) throw new Error('JSON.parse and jsonc-parser disagree on this text.');
      positioned = parsed.document;
    }
    return positioned;
  };
  return {
    ok: true,
    document: { value, rangeOf: (path, target) => located().rangeOf(path, target), silentChanges: () => [], stringsWithAngles: shape.angled },
  };
}

/** What one walk over a parsed value tells (without recursion). */
interface ValueShape {
  /** How many keys its objects hold in all. */
  keys: number;
  /** How deep it nests. */
  depth: number;
  /** Its keys and strings that hold a `<`, in no particular order, each at least once. */
  angled: string[];
  /** How many numbers are not the value of a key: items of lists, or the whole value. */
  numbersInLists: number;
}

const walkStack: unknown[] = [];

/** @param text the text `root` was parsed from: without escapes, its strings holding a `<` are read from it */
function readShape(root: unknown, text: string): ValueShape {
  // Without escapes each string is written as it reads, so the ones holding a < are found in the text at once.
  const escaped = text.includes('\\');
  const shape: ValueShape = { keys: 0, depth: 0, angled: escaped ? [] : literalsWithAngles(text), numbersInLists: 0 };
  if (escaped && typeof root === 'string' && root.includes('<')) shape.angled.push(root);
  // A number alone follows no colon: it is read as a list's are.
  if (typeof root === 'number') shape.numbersInLists = 1;
  if (root === null || typeof root !== 'object') return shape;
  // With escapes, the walk reads the strings for a <.
  const angled = escaped ? shape.angled : undefined;
  let keys = 0;
  let depth = 0;
  let numbersInLists = 0;
  // One stack for every walk (they never overlap), so it stops growing after the first large text; each slot is
  // emptied as it is read, so no parsed value outlives its validation through it.
  const stack = walkStack;
  let top = 0;
  stack[top++] = root;
  stack[top++] = 1;
  while (top > 0) {
    const level = stack[--top] as number;
    const value = stack[--top] as object;
    stack[top] = undefined;
    if (level > depth) depth = level;
    if (Array.isArray(value)) {
      for (const child of value as unknown[]) {
        if (typeof child === 'string') {
          if (angled && child.includes('<')) angled.push(child);
        } else if (typeof child === 'number') numbersInLists += 1;
        else if (child !== null && typeof child === 'object') {
          stack[top++] = child;
          stack[top++] = level + 1;
        }
      }
      continue;
    }
    const record = value as Record<string, unknown>;
    for (const key in record) {
      keys += 1;
      const child = record[key];
      if (typeof child === 'string') {
        if (angled && child.includes('<')) angled.push(child);
      } else if (child !== null && typeof child === 'object') {
        stack[top++] = child;
        stack[top++] = level + 1;
      }
    }
  }
  shape.keys = keys;
  shape.numbersInLists = numbersInLists;
  shape.depth = depth;
  if (angled) for (const key of keysWithAngles(root)) angled.push(key);
  return shape;
}

/**
 * The keys and strings holding a `<` of valid JSON text without escapes: a `<` can only be inside one, between the
 * quotes before and after it (no quote is inside), and the text between them is the string as parsed. A string
 * the last few found already hold is not taken again (a search repeats its references).
 */
function literalsWithAngles(text: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf('<'); at !== -1; ) {
    const end = text.indexOf('"', at);
    const literal = text.slice(text.lastIndexOf('"', at) + 1, end);
    if (!amongLast(found, literal)) found.push(literal);
    at = text.indexOf('<', end + 1);
  }
  return found;
}

/** How many of the strings found last a new one is compared with. */
const RECENT_STRINGS = 16;

/** Whether the string is among the last few of the list (a few comparisons cost less than hashing it for a set). */
function amongLast(list: readonly string[], string: string): boolean {
  for (let i = list.length - 1; i >= 0 && i >= list.length - RECENT_STRINGS; i--) if (list[i] === string) return true;
  return false;
}

/** The keys of a parsed value's objects that hold a `<`. */
function keysWithAngles(root: object): string[] {
  const found: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) stack.push(item);
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key.includes('<')) found.push(key);
      stack.push(child);
    }
  }
  return found;
}

/** How many colons the keys and strings of a parsed value hold in all. */
function colonsInStrings(root: unknown): number {
  let colons = 0;
  const count = (text: string) => {
    for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) colons += 1;
  };
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') count(value);
    else if (Array.isArray(value)) for (const item of value as unknown[]) stack.push(item);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        count(key);
        stack.push(child);
      }
    }
  }
  return colons;
}

// A number JSON.parse may change: an exponent, or a run of 16 digits (and points), beyond the 15 a double always keeps.
const mayBeInexactNumber = /\d(?:[eE]|[\d.]{15})/;
const numberAt = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Whether valid JSON text gives no key twice in an object and keeps every number as written, knowing its parsed
 * value. Without escapes (the common case) one walk over the colons tells both: each key written is followed by one
 * (any other colon is inside a key or string, as parsed), and each number in an object follows one, so reading a
 * number after each colon reads them all (and maybe a string's digits: those only cost time). Otherwise every token
 * is read.
 */
function keysOnceAndNumbersExact(text: string, value: unknown, shape: ValueShape): boolean {
  if (text.includes('\\')) return writtenKeysIfExact(text) === shape.keys;
  const numbersKnown = shape.numbersInLists === 0;
  if (!numbersKnown && mayBeInexactNumber.test(text)) return writtenKeysIfExact(text) === shape.keys;
  let colons = 0;
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) {
    colons += 1;
    if (!numbersKnown) continue;
    let next = at + 1;
    let code = text.charCodeAt(next);
    while (code === 32 || code === 10 || code === 13 || code === 9) code = text.charCodeAt(++next);
    if (code !== 45 && (code < 48 || code > 57)) continue;
    if (!writtenExactly(text, next)) return false;
  }
  return colons === shape.keys || colons - colonsInStrings(value) === shape.keys;
}

/** Whether the number written at `start` (maybe a colon's neighbour inside a string: then it only costs time) is kept. */
function writtenExactly(text: string, start: number): boolean {
  let end = start;
  if (text.charCodeAt(end) === 45) end += 1;
  let digits = 0;
  for (let code = text.charCodeAt(end); code >= 48 && code <= 57; code = text.charCodeAt(++end)) digits += 1;
  const code = text.charCodeAt(end);
  // Up to 15 digits without a point or an exponent: a double holds them exactly.
  if (digits <= 15 && code !== 46 && code !== 101 && code !== 69) return true;
  numberAt.lastIndex = start;
  const written = numberAt.exec(text)?.[0] ?? '';
  const number = Number(written);
  return Number.isFinite(number) && decimalDigits(written) === decimalDigits(String(number));
}

// Each string (maybe a key: then followed by a colon) or number token of valid JSON, in order.
const jsonToken = /"(?:[^"\\]|\\.)*"(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/** The number of keys written in valid JSON text, or -1 when a number is not kept exactly as written. */
export function writtenKeysIfExact(text: string): number {
  let keys = 0;
  for (const match of text.matchAll(jsonToken)) {
    if (match[1] !== undefined) keys += 1;
    else if (!match[0].startsWith('"')) {
      const number = Number(match[0]);
      if (!Number.isFinite(number) || decimalDigits(match[0]) !== decimalDigits(String(number))) return -1;
    }
  }
  return keys;
}

/**
 * Parses with jsonc-parser, keeping positions: for text JSON.parse refuses, and for finding where problems are. The
 * full path that `parseJsonText`'s fast path must agree with (its tests compare them).
 */
export function parseWithPositions(text: string): JsonParseResult {
  const lines = createLineIndex(text);
  // Checked with the (iterative) scanner before anything recurses over the text.
  const tooDeep = offsetBeyondDepth(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    const message = `This JSON is nested too deeply: objects and lists may go ${MAX_JSON_DEPTH} levels deep, and this one goes further here.`;
    return { ok: false, problem: { code: 'too_deeply_nested', message, range: lines.rangeOf(tooDeep, tooDeep + 1) } };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, strictJson);
  const first = errors[0];
  if (first || !root) {
    const offset = first?.offset ?? 0;
    const length = Math.max(first?.length ?? 0, 1);
    return {
      ok: false,
      problem: { code: 'invalid_json', message: syntaxMessage(text, first), range: lines.rangeOf(offset, offset + length) },
    };
  }
  return {
    ok: true,
    document: {
      value: valueOf(root),
      rangeOf: (path, target) => markRange(root, path, target, lines),
      silentChanges: () =>
        findSilentChanges(root, text).map(({ code, message, path, start, end }) => ({ code, message, path, range: lines.rangeOf(start, end) })),
    },
  };
}

/** The offset of the first `{` or `[` that opens level `limit + 1`, or undefined when the text stays within `limit`. */
function offsetBeyondDepth(text: string, limit: number): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind: number = scanner.scan(); kind !== EOF_TOKEN; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      depth += 1;
      if (depth > limit) return scanner.getTokenOffset();
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) {
      depth = Math.max(depth - 1, 0);
    }
  }
  return undefined;
}

/** Builds the JS value of a parsed node (jsonc-parser's getNodeValue, without prototype keys like `__proto__`). */
function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && typeof key.value === 'string') {
          Object.defineProperty(result, key.value, {
            value: value ? valueOf(value) : undefined,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value as unknown;
  }
}

function markRange(root: Node, path: readonly JsonPathSegment[], target: MarkTarget, lines: LineIndex): TextRange {
  if (target === 'missing') return containerMark(nodeAt(root, path.slice(0, -1)) ?? root, lines);
  const node = nodeAt(root, path);
  if (!node) return containerMark(nodeAt(root, path.slice(0, -1)) ?? root, lines);
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  if (target === 'key' && key) return lines.rangeOf(key.offset, key.offset + key.length);
  if (node.type === 'object' || node.type === 'array') return containerMark(node, lines);
  return lines.rangeOf(node.offset, node.offset + node.length);
}

/** Marks an object or array by its property name, or by its opening bracket: not the whole block. */
function containerMark(node: Node, lines: LineIndex): TextRange {
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  if (key) return lines.rangeOf(key.offset, key.offset + key.length);
  if (node.type === 'object' || node.type === 'array') return lines.rangeOf(node.offset, node.offset + 1);
  return lines.rangeOf(node.offset, node.offset + node.length);
}

function nodeAt(root: Node, path: readonly JsonPathSegment[]): Node | undefined {
  return path.length === 0 ? root : findNodeAtLocation(root, [...path]);
}

type LineIndex = ReturnType<typeof createLineIndex>;

const codeMessages: Record<string, string> = {
  InvalidNumberFormat: 'This number is not valid JSON: write it without leading zeros, like 12 or 0.5.',
  PropertyNameExpected: 'Expected a property name in double quotes.',
  ValueExpected: 'Expected a value: text in double quotes, a number, true, false, null, an object or an array.',
  ColonExpected: 'Expected a colon ":" after the property name.',
  CommaExpected: 'Expected a comma "," between the items.',
  CloseBraceExpected: 'Expected "}" to close the object.',
  CloseBracketExpected: 'Expected "]" to close the array.',
  EndOfFileExpected: 'Unexpected text after the end of the JSON.',
  InvalidCommentToken: 'Comments are not allowed in JSON: remove it.',
  UnexpectedEndOfComment: 'Comments are not allowed in JSON: remove it.',
  UnexpectedEndOfString: 'This text is missing its closing double quote.',
  UnexpectedEndOfNumber: 'This number is cut off.',
  InvalidUnicode: 'Invalid \\u escape: write four hex digits, like \\u00e9.',
  InvalidEscapeCharacter: 'Invalid escape in text: use \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX.',
  InvalidCharacter: 'This character must be escaped inside text (for a line break write \\n).',
};

function syntaxMessage(text: string, error: ParseError | undefined): string {
  if (!error) return 'The JSON is empty: write an object, like {}.';
  const code = printParseErrorCode(error.error);
  const at = text.charAt(error.offset);
  const before = text.slice(0, error.offset).trimEnd();
  let detail = codeMessages[code] ?? 'This is not valid JSON here.';
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && (at === '}' || at === ']') && before.endsWith(',')) {
    detail = `Remove the comma before "${at}": JSON does not allow a trailing comma.`;
  } else if (code === 'UnexpectedEndOfString' && error.offset + error.length < text.length) {
    detail = 'Text in double quotes cannot span lines: write \\n for a line break, or close the quote.';
  } else if (code === 'InvalidSymbol' && referenceAtStart(text.slice(error.offset))) {
    const reference = referenceAtStart(text.slice(error.offset)) ?? '';
    detail = `Put the reference in double quotes, ${quoteValue(reference)}: in a JSON field, references go inside JSON strings.`;
  } else if (code === 'InvalidSymbol') {
    detail = symbolMessage(text.slice(error.offset, error.offset + error.length), text.slice(error.offset + error.length));
  }
  return `Not valid JSON: ${detail}`;
}

function symbolMessage(symbol: string, after: string): string {
  if (symbol.startsWith("'")) return 'Use double quotes for text and property names, not single quotes.';
  if (/^[A-Za-z_$][\w$]*$/.test(symbol) && after.trimStart().startsWith(':')) {
    return `Put the property name in double quotes: ${quoteValue(symbol)}.`;
  }
  if (/^[A-Za-z]+$/.test(symbol)) {
    return `Unexpected ${quoteValue(symbol)}: write text in double quotes, or use true, false or null.`;
  }
  return `Unexpected ${quoteValue(symbol)} here.`;
}

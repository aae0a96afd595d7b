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
  const shape = keysAndDepth(value);
  if (shape.depth > MAX_JSON_DEPTH || shape.keys !== writtenKeysIfExact(text)) return undefined;
  let positioned: JsonDocument | undefined;
  const located = () => {
    if (!positioned) {
      const parsed = parseWithPositions(text);
      if (!parsed.ok) throw new Error('JSON.parse and jsonc-parser disagree on this text.');
      positioned = parsed.document;
    }
    return positioned;
  };
  return { ok: true, document: { value, rangeOf: (path, target) => located().rangeOf(path, target), silentChanges: () => [] } };
}

/** How many keys the parsed value's objects hold in all, and how deep it nests (without recursion). */
function keysAndDepth(root: unknown): { keys: number; depth: number } {
  let keys = 0;
  let depth = 0;
  const stack: [unknown, number][] = [[root, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [value, level] = item;
    if (value === null || typeof value !== 'object') continue;
    depth = Math.max(depth, level + 1);
    const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value);
    if (!Array.isArray(value)) keys += children.length;
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, level + 1]);
  }
  return { keys, depth };
}

// Each string (maybe a key: then followed by a colon) or number token of valid JSON, in order.
const jsonToken = /"(?:[^"\\]|\\.)*"(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/** The number of keys written in valid JSON text, or -1 when a number is not kept exactly as written. */
function writtenKeysIfExact(text: string): number {
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

/** Parses with jsonc-parser, keeping positions: for text JSON.parse refuses, and for finding where problems are. */
function parseWithPositions(text: string): JsonParseResult {
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

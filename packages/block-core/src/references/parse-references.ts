import type { PathSegment } from './reference-grammar.js';

/** One `<StepName.path>` reference found in a text. */
export interface ReferenceToken {
  /** The reference as written, angle brackets included. */
  raw: string;
  step: string;
  /** Field names and list indexes after the step name, e.g. `['labels', 0, 'name']`. */
  path: PathSegment[];
  /** Offset of `<` in the text. */
  start: number;
  /** Offset just after `>` (exclusive). */
  end: number;
}

const LT = 60; // <
const GT = 62; // >
const DOT = 46; // .
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]

const isDigit = (code: number) => code >= 48 && code <= 57;
const isIdentifierStart = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isIdentifierPart = (code: number) => isIdentifierStart(code) || isDigit(code);

/**
 * Finds every reference in a text: `<` Step `.` ident ( `.` ident | `[` digits `]` )* `>`, where Step and
 * ident are `[A-Za-z_][A-Za-z0-9_]*`. Anything else in angle brackets (`a < b`, `<john@x.com>`, `<Step.>`)
 * is plain text; in `<<Trigger.email>` the inner reference is found and the first `<` is text.
 * @param text any field text
 * @returns the references in order, with offsets that slice back to `raw`
 * @example parseReferences('Hi <Trigger.name>!') // [{ raw: '<Trigger.name>', step: 'Trigger', path: ['name'], start: 3, end: 17 }]
 */
export function parseReferences(text: string): ReferenceToken[] {
  const found: ReferenceToken[] = [];
  let from = text.indexOf('<');
  while (from !== -1) {
    const token = referenceAt(text, from);
    if (token) found.push(token);
    // A failed attempt stops at the latest at the next `<`, so searching on from `from + 1` keeps this linear.
    from = text.indexOf('<', token ? token.end : from + 1);
  }
  return found;
}

/** Whether a whole text is exactly one reference (a JSON string like `"<Trigger.age>"` then keeps its type). */
export function isSingleReference(text: string): boolean {
  return text.charCodeAt(0) === LT && referenceAt(text, 0)?.end === text.length;
}

function referenceAt(text: string, start: number): ReferenceToken | undefined {
  if (text.charCodeAt(start) !== LT) return undefined;
  let i = start + 1;
  const stepEnd = identifierEnd(text, i);
  if (stepEnd === i) return undefined;
  const step = text.slice(i, stepEnd);
  i = stepEnd;
  const path: PathSegment[] = [];
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === DOT) {
      const end = identifierEnd(text, i + 1);
      if (end === i + 1) return undefined;
      path.push(text.slice(i + 1, end));
      i = end;
    } else if (code === OPEN_BRACKET && path.length > 0) {
      let end = i + 1;
      while (isDigit(text.charCodeAt(end))) end++;
      if (end === i + 1 || text.charCodeAt(end) !== CLOSE_BRACKET) return undefined;
      path.push(Number(text.slice(i + 1, end)));
      i = end + 1;
    } else if (code === GT && path.length > 0) {
      return { raw: text.slice(start, i + 1), step, path, start, end: i + 1 };
    } else {
      return undefined;
    }
  }
}

function identifierEnd(text: string, from: number): number {
  if (!isIdentifierStart(text.charCodeAt(from))) return from;
  let i = from + 1;
  while (isIdentifierPart(text.charCodeAt(i))) i++;
  return i;
}

import { createScanner } from 'jsonc-parser';

// jsonc-parser's SyntaxKind and ScanError are const enums, which isolated modules cannot read: their values.
const STRING_LITERAL = 10;
const END_OF_FILE = 17;
const NO_ERROR = 0;

/** Whether `offset` falls inside a JSON string literal of `text` (between its quotes). */
export function isInsideJsonString(text: string, offset: number): boolean {
  const scanner = createScanner(text, false);
  for (let kind: number = scanner.scan(); kind !== END_OF_FILE; kind = scanner.scan()) {
    const start = scanner.getTokenOffset();
    const end = start + scanner.getTokenLength();
    if (start >= offset) return false;
    const unterminated = (scanner.getTokenError() as number) !== NO_ERROR;
    if (kind === STRING_LITERAL && offset > start && (offset < end || unterminated)) return true;
  }
  return false;
}

/**
 * The text to insert for a reference at `offset`: the reference itself inside a JSON string, or a quoted
 * string elsewhere, so the JSON stays valid.
 * @example referenceInsertText('{"a": }', 6, '<Trigger.id>') // '"<Trigger.id>"'
 */
export function referenceInsertText(text: string, offset: number, reference: string): string {
  return isInsideJsonString(text, offset) ? reference : JSON.stringify(reference);
}

/** A 1-based place in a field's text, as editors show it. */
export interface TextPosition {
  line: number;
  column: number;
}

/** The range of a reference inside a field, in the shape of ValidationIssue's position fields. */
export interface TextRange {
  line: number;
  column: number;
  endLine: number;
  /** The column just after the last character (exclusive), as Monaco markers expect. */
  endColumn: number;
}

/**
 * Builds a converter from offsets in a text to 1-based line and column (columns count UTF-16 units;
 * `\n`, `\r\n` and a lone `\r` end a line).
 * @example createLineIndex('a\nbc').positionAt(3) // { line: 2, column: 2 }
 */
export function createLineIndex(text: string): {
  positionAt(offset: number): TextPosition;
  rangeOf(start: number, end: number): TextRange;
} {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (code === 10 || code === 13) lineStarts.push(i + 1);
  }
  const positionAt = (offset: number): TextPosition => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
  return {
    positionAt,
    rangeOf(start, end) {
      const from = positionAt(start);
      const to = positionAt(end);
      return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    },
  };
}

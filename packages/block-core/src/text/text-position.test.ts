import { describe, expect, it } from 'vitest';
import { createLineIndex } from './text-position.js';

describe('createLineIndex', () => {
  it('counts lines and columns from 1', () => {
    const index = createLineIndex('ab\ncd\n\nef');
    expect(index.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(index.positionAt(2)).toEqual({ line: 1, column: 3 });
    expect(index.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(index.positionAt(7)).toEqual({ line: 4, column: 1 });
  });

  it('treats \\r\\n and a lone \\r as one line break', () => {
    const index = createLineIndex('a\r\nb\rc');
    expect(index.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(index.positionAt(5)).toEqual({ line: 3, column: 1 });
  });

  it('gives an exclusive end column for a range', () => {
    const text = 'x\n  <Trigger.email> y';
    expect(createLineIndex(text).rangeOf(4, 19)).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 18 });
  });
});

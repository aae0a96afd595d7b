import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJsonText, type JsonDocument, type JsonSyntaxProblem } from './json-text.js';

const problemOf = (text: string): JsonSyntaxProblem => {
  const result = parseJsonText(text);
  if (result.ok) throw new Error(`expected a syntax error in ${text}`);
  return result.problem;
};
const documentOf = (text: string): JsonDocument => {
  const result = parseJsonText(text);
  if (!result.ok) throw new Error(result.problem.message);
  return result.document;
};

describe('parseJsonText syntax errors', () => {
  it('reports the first error where it is, 1-based, end exclusive', () => {
    expect(problemOf('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      code: 'invalid_json',
      message: 'Not valid JSON: Expected a comma "," between the items.',
      range: { line: 3, column: 3, endLine: 3, endColumn: 6 },
    });
  });

  it.each([
    ['{"a": 1,}', /Remove the comma before "}"/, 9],
    ['[1, 2,]', /Remove the comma before "]"/, 7],
    ["{'a': 1}", /double quotes/, 2],
    ['{a: 1}', /Put the property name in double quotes: "a"/, 2],
    ['{"a": tru}', /Unexpected "tru"/, 7],
    ['{"a": 1 // note\n}', /Comments are not allowed/, 9],
    ['{"a": "x\ny"}', /cannot span lines/, 7],
    ['{"a": "x', /missing its closing double quote/, 7],
    ['{"a" 1}', /colon/, 6],
    ['{"a": 1', /Expected "}"/, 8],
    ['...', /Unexpected "..."/, 1],
    ['{"a": "\\q"}', /Invalid escape/, 7],
    ['{"value": <Trigger.items[0].x>}', /Put the reference in double quotes, "<Trigger.items\[0\].x>": in a JSON field/, 11],
    ['<Trigger.query>', /references go inside JSON strings/, 1],
  ])('%j', (text, message, column) => {
    const problem = problemOf(text);
    expect(problem.message).toMatch(message);
    expect(problem.range.column).toBe(column);
  });

  it('counts lines the way editors do, with \\r\\n and \\r', () => {
    expect(problemOf('{\r\n"a": 1,\r\n}').range).toMatchObject({ line: 3, column: 1 });
    expect(problemOf('{\r"a": 1,\r}').range).toMatchObject({ line: 3, column: 1 });
  });

  it('says an empty text is not JSON', () => {
    expect(problemOf('   ').message).toMatch(/^Not valid JSON/);
  });
});

describe('parseJsonText nesting', () => {
  it(`parses ${MAX_JSON_DEPTH} levels and refuses the next one where it opens, without recursing`, () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(parseJsonText(nested(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(problemOf(nested(MAX_JSON_DEPTH + 1))).toMatchObject({ code: 'too_deeply_nested', range: { line: 1, column: MAX_JSON_DEPTH + 1 } });
    // The object is level 1; brackets inside text do not count.
    expect(problemOf(`{"a": "[[[[", "b": ${nested(200_000)}}`)).toMatchObject({ code: 'too_deeply_nested', range: { column: 19 + MAX_JSON_DEPTH } });
  });
});

describe('parseJsonText documents', () => {
  const text = '{\n  "query": {\n    "field": "email",\n    "value": [1, 2]\n  },\n  "n": 5\n}';
  const document = documentOf(text);

  it('gives the value', () => {
    expect(document.value).toEqual({ query: { field: 'email', value: [1, 2] }, n: 5 });
  });

  it('marks a scalar value, an item, and a property name', () => {
    expect(document.rangeOf(['query', 'field'], 'value')).toEqual({ line: 3, column: 14, endLine: 3, endColumn: 21 });
    expect(document.rangeOf(['query', 'value', 1], 'value')).toEqual({ line: 4, column: 18, endLine: 4, endColumn: 19 });
    expect(document.rangeOf(['query', 'field'], 'key')).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 12 });
  });

  it('marks an object by its property name, or the root by its brace, not the whole block', () => {
    expect(document.rangeOf(['query'], 'value')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 10 });
    expect(document.rangeOf([], 'value')).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
  });

  it('marks a missing property on the object it belongs in', () => {
    expect(document.rangeOf(['query', 'operator'], 'missing')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 10 });
    expect(document.rangeOf(['sort'], 'missing')).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
  });

  it('keeps keys like __proto__ as plain data', () => {
    const value = documentOf('{"__proto__": {"polluted": true}}').value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

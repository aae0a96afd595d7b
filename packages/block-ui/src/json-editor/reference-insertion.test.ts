import { describe, expect, it } from 'vitest';
import { isInsideJsonString, referenceInsertText } from './reference-insertion.js';

describe('referenceInsertText', () => {
  it('inserts the bare reference inside a string', () => {
    const text = '{"plan": "pro "}';
    expect(isInsideJsonString(text, text.indexOf('pro ') + 4)).toBe(true);
    expect(referenceInsertText(text, text.indexOf('pro ') + 4, '<Trigger.plan>')).toBe('<Trigger.plan>');
  });

  it('quotes the reference where a value goes', () => {
    const text = '{"plan": }';
    expect(isInsideJsonString(text, 9)).toBe(false);
    expect(referenceInsertText(text, 9, '<Trigger.plan>')).toBe('"<Trigger.plan>"');
  });

  it('treats the text of an unfinished string as inside it', () => {
    expect(isInsideJsonString('{"plan": "ab', 12)).toBe(true);
  });

  it('is outside a string right before its opening quote and after its closing quote', () => {
    const text = '{"a": "x"}';
    expect(isInsideJsonString(text, 6)).toBe(false);
    expect(isInsideJsonString(text, 9)).toBe(false);
  });
});

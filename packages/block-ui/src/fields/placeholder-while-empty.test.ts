import { describe, expect, it } from 'vitest';
import { placeholderWhileEmpty, showPlaceholderWhileEmpty } from './placeholder-while-empty.js';

describe('showPlaceholderWhileEmpty', () => {
  it('sets the placeholder on an empty control and removes it once the control holds text', () => {
    const input = document.createElement('input');
    showPlaceholderWhileEmpty(input, 'jane@example.com');
    expect(input.getAttribute('placeholder')).toBe('jane@example.com');
    input.value = 'j';
    showPlaceholderWhileEmpty(input, 'jane@example.com');
    expect(input.hasAttribute('placeholder')).toBe(false);
    input.value = '';
    showPlaceholderWhileEmpty(input, 'jane@example.com');
    expect(input.getAttribute('placeholder')).toBe('jane@example.com');
  });

  it('leaves a field without a placeholder without one', () => {
    const textarea = document.createElement('textarea');
    showPlaceholderWhileEmpty(textarea, undefined);
    expect(textarea.hasAttribute('placeholder')).toBe(false);
  });
});

describe('placeholderWhileEmpty', () => {
  it('is the placeholder only for empty text', () => {
    expect(placeholderWhileEmpty('', '50')).toBe('50');
    expect(placeholderWhileEmpty('20', '50')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { referenceDocExampleText } from './reference-doc.js';

describe('referenceDocExampleText', () => {
  it('reads the example block of the reference doc', () => {
    const example = JSON.parse(referenceDocExampleText()) as { type: string; config: Record<string, unknown> };
    expect(example.type).toBe('intercom');
    expect(example.config).toMatchObject({ resource: 'contact', operation: '...', role: 'user', perPage: 50 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceDocExampleText } from '@workflow-blocks/test-support';
import { operationOptions } from '../definition/visibility.js';
import { parseSavedBlock } from './parse-saved-block.js';

/** The example of the reference doc, as printed there. */
const referenceExample = referenceDocExampleText();

describe('parseSavedBlock', () => {
  it("reads the reference doc's example as a block, with an issue on operation", () => {
    const { block, issues } = parseSavedBlock(referenceExample);
    expect(block).toEqual(JSON.parse(referenceExample));
    expect(issues).toEqual([
      { field: 'operation', code: 'unknown_operation', message: `Operation "..." is not available for contact. Choose one of: ${operationOptions('contact').map((o) => o.value).join(', ')}.` },
    ]);
  });

  it('reads an object as well as JSON text', () => {
    const input = { type: 'intercom', config: { resource: 'contact', operation: 'get', contactId: '1' } };
    expect(parseSavedBlock(input)).toEqual({ block: input, issues: [] });
  });

  it('applies the defaults of the chosen operation', () => {
    expect(parseSavedBlock({ type: 'intercom', config: { operation: 'list' } }).block?.config).toEqual({ operation: 'list', resource: 'contact', perPage: 50, fetchAll: 'no' });
  });

  it('keeps unknown keys, unused fields and values of the wrong kind, as typed, with an issue per wrong kind', () => {
    const config = { resource: 'contact', operation: 'search', fetchAll: 'no', email: 42, perPage: true, queryJson: { query: { field: 'email' } }, notes: { any: 'thing' } };
    const { block, issues } = parseSavedBlock({ type: 'intercom', config, position: { x: 1, y: 2 } });
    expect(block).toEqual({ type: 'intercom', config, position: { x: 1, y: 2 } });
    expect(issues).toEqual([
      { field: 'email', code: 'wrong_type', message: 'Email must be text, but the saved value is the number 42.' },
      { field: 'perPage', code: 'wrong_type', message: 'Per page must be a number, but the saved value is true.' },
      { field: 'queryJson', code: 'wrong_type', message: 'Search query must be JSON text (a string), but the saved value is an object. Write it as JSON text.' },
    ]);
  });

  it('names an unknown resource and keeps it', () => {
    const { block, issues } = parseSavedBlock({ type: 'intercom', config: { resource: 'deal', operation: 'get' } });
    expect(block?.config.resource).toBe('deal');
    expect(issues.map((issue) => `${issue.field} ${issue.code}`)).toEqual(['resource unknown_resource']);
  });

  it('leaves a missing operation to validation', () => {
    expect(parseSavedBlock({ type: 'intercom', config: {} })).toEqual({ block: { type: 'intercom', config: { resource: 'contact' } }, issues: [] });
  });

  it('does not change the object it reads', () => {
    const input = { type: 'intercom', config: { resource: 'contact', operation: 'create' } };
    parseSavedBlock(input);
    expect(input.config).toEqual({ resource: 'contact', operation: 'create' });
  });

  it('never throws, and gives a block exactly when the top level is usable', () => {
    const config = fc.dictionary(fc.constantFrom('resource', 'operation', 'email', 'perPage', 'queryJson', 'other'), fc.jsonValue({ maxDepth: 2 }));
    const input = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ type: fc.constantFrom('intercom', 'slack'), config: fc.oneof(config, fc.jsonValue({ maxDepth: 1 })) }),
    );
    fc.assert(
      fc.property(input, fc.boolean(), (value, asText) => {
        const { block, issues } = parseSavedBlock(asText ? JSON.stringify(value) : value);
        const usable = typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { type?: unknown }).type === 'intercom' &&
          typeof (value as { config?: unknown }).config === 'object' && (value as { config?: unknown }).config !== null && !Array.isArray((value as { config?: unknown }).config);
        expect(block !== undefined).toBe(usable);
        if (!usable) expect(issues).toHaveLength(1);
      }),
    );
  });

  describe('gives no block for an unusable top level', () => {
    it('text that is not JSON, with where', () => {
      expect(parseSavedBlock('{"type": "intercom",\n "config": }')).toEqual({
        issues: [
          {
            field: 'block',
            code: 'invalid_json',
            message: 'Not valid JSON: Expected a value: text in double quotes, a number, true, false, null, an object or an array.',
            line: 2,
            column: 12,
            endLine: 2,
            endColumn: 13,
          },
        ],
      });
    });

    it.each([
      ['a list', '[]', 'block', 'not_an_object'],
      ['a number', 42, 'block', 'not_an_object'],
      ['null', null, 'block', 'not_an_object'],
      ['no type', { config: {} }, 'type', 'wrong_block_type'],
      ['another block type', { type: 'slack', config: {} }, 'type', 'wrong_block_type'],
      ['no config', { type: 'intercom' }, 'config', 'invalid_config'],
      ['a config that is text', { type: 'intercom', config: '{}' }, 'config', 'invalid_config'],
      ['a config that is a list', { type: 'intercom', config: [] }, 'config', 'invalid_config'],
    ])('%s', (_name, input, field, code) => {
      const result = parseSavedBlock(input);
      expect(result.block).toBeUndefined();
      expect(result.issues).toEqual([{ field, code, message: expect.any(String) as string }]);
    });

    it('says which block type it found', () => {
      expect(parseSavedBlock({ type: 'slack', config: {} }).issues[0]?.message).toBe('This is not an Intercom block: its type is "slack", not "intercom".');
    });
  });
});

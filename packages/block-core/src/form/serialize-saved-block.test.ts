import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedIntercomBlock } from '../types.js';
import { parseSavedBlock } from './parse-saved-block.js';
import { serializeSavedBlock } from './serialize-saved-block.js';

describe('serializeSavedBlock', () => {
  it('writes the saved form, indented', () => {
    const block: SavedIntercomBlock = { type: 'intercom', config: { resource: 'admin', operation: 'list' } };
    expect(serializeSavedBlock(block)).toBe('{\n  "type": "intercom",\n  "config": {\n    "resource": "admin",\n    "operation": "list"\n  }\n}');
  });

  it('keeps every value, used or not, valid or not', () => {
    const config = { resource: 'contact', operation: 'get', contactId: '<T.id>', queryJson: '{not json', perPage: 'x', extra: [1] };
    expect(JSON.parse(serializeSavedBlock({ type: 'intercom', config }))).toEqual({ type: 'intercom', config });
  });

  it('reads back to the same block', () => {
    const text = fc.string({ maxLength: 12 });
    const operation = fc.constantFrom(...['create', 'get', 'update', 'list', 'search', 'delete', 'reply', '']);
    const config = fc.record(
      {
        resource: fc.constantFrom('contact', 'conversation', 'ticket', 'admin'),
        operation,
        role: fc.constantFrom('user', 'lead'),
        email: text,
        perPage: fc.oneof(fc.integer({ min: -5, max: 500 }), text),
        queryJson: text,
        replyType: fc.constantFrom('comment', 'note'),
        fetchAll: fc.constantFrom('no', 'yes'),
        maxResults: fc.oneof(fc.integer({ min: -5, max: 20_000 }), text),
        // ticket.update's select with a default: a saved block always holds it.
        ticketOpen: fc.constantFrom('unchanged', 'open', 'closed'),
        custom: fc.jsonValue(),
      },
      { requiredKeys: ['resource', 'operation', 'role', 'perPage', 'replyType', 'fetchAll', 'maxResults', 'ticketOpen'] },
    );
    fc.assert(
      fc.property(config, (generated) => {
        const block: SavedIntercomBlock = { type: 'intercom', config: JSON.parse(JSON.stringify(generated)) as SavedIntercomBlock['config'] };
        expect(parseSavedBlock(serializeSavedBlock(block)).block).toEqual(block);
      }),
    );
  });
});

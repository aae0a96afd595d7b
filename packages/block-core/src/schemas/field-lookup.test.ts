import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchableConversationFields } from './conversation-search-fields.js';
import { fieldLookup, isDottedName } from './field-lookup.js';
import { CUSTOM_ATTRIBUTE_FIELD_PATTERN, searchableContactFields } from './search-fields.js';
import { searchableTicketFields, TICKET_ATTRIBUTE_FIELD_PATTERN } from './ticket-search-fields.js';

describe('fieldLookup', () => {
  it('finds what a Map of the same entries finds, for names known, unknown and alike', () => {
    const lists = [searchableContactFields, searchableConversationFields, searchableTicketFields];
    const known = lists.flatMap((list) => list.map((entry) => entry.field));
    // Names of the same length as known ones, changed by a character, and a few odd ones.
    const name = fc.oneof(
      fc.constantFrom(...known),
      fc.tuple(fc.constantFrom(...known), fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([field, at, char]) => field.slice(0, at % field.length) + char + field.slice((at % field.length) + 1)),
      fc.constantFrom('', 'EMAIL', 'email ', 'custom_attributes.plan'),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...lists), name, (list, field) => {
        expect(fieldLookup(list)(field)).toBe(new Map(list.map((entry) => [entry.field, entry])).get(field));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the last entry of a name given twice, as a Map does', () => {
    const first = { field: 'a', n: 1 };
    const last = { field: 'a', n: 2 };
    expect(fieldLookup([first, { field: 'b', n: 3 }, last])('a')).toBe(last);
  });
});

describe('isDottedName', () => {
  const cases: [string, string][] = [
    ['custom_attributes.', CUSTOM_ATTRIBUTE_FIELD_PATTERN],
    ['ticket_attribute.', TICKET_ATTRIBUTE_FIELD_PATTERN],
  ];
  it.each(cases)('says what the pattern of %s says', (prefix, pattern) => {
    const regex = new RegExp(pattern);
    const rest = fc.oneof(fc.string(), fc.constantFrom('', '.', 'plan', 'a.b', '\n', 'plan\n', '.plan', 'plan.'));
    const name = fc.oneof(
      rest.map((tail) => prefix + tail),
      rest.map((tail) => prefix.slice(0, -1) + tail),
      fc.tuple(fc.string(), rest).map(([head, tail]) => head + prefix + tail),
      fc.string(),
    );
    fc.assert(
      fc.property(name, (field) => {
        expect(isDottedName(field, prefix)).toBe(regex.test(field));
      }),
      { numRuns: 3000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { findSearchableField, operatorsByFieldType, searchableContactFields, searchOperatorNames, searchOperators } from './search-fields.js';

describe('searchable contact fields', () => {
  it('treats the timestamp fields as dates', () => {
    const dates = searchableContactFields.filter((entry) => entry.type === 'date').map((entry) => entry.field);
    expect(dates).toEqual(
      expect.arrayContaining([
        'created_at',
        'signed_up_at',
        'updated_at',
        'last_seen_at',
        'last_contacted_at',
        'last_replied_at',
        'last_email_opened_at',
        'last_email_clicked_at',
      ]),
    );
  });

  it('describes every field, and says which operators a date takes', () => {
    for (const entry of searchableContactFields) expect(entry.description.length).toBeGreaterThan(10);
    expect(findSearchableField('created_at')).toMatchObject({ type: 'date', description: expect.stringContaining('=, < or >') as string });
  });

  it('finds standard fields, custom attributes, and nothing else', () => {
    expect(findSearchableField('email')).toMatchObject({ field: 'email', type: 'string' });
    expect(findSearchableField('tag_id')).toMatchObject({ type: 'tag' });
    expect(findSearchableField('custom_attributes.plan')).toBe('custom');
    expect(findSearchableField('custom_attributes.')).toBeUndefined();
    expect(findSearchableField('nmae')).toBeUndefined();
  });
});

describe('search operators', () => {
  it("lists Intercom's twelve operators, each with a description for hover", () => {
    expect(searchOperatorNames).toEqual(['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>=', '~', '!~', '^', '$']);
    for (const entry of searchOperators) expect(entry.description).toMatch(/\w{3}/);
  });

  it('allows on dates only =, < and >, and on tag_id only = and !=', () => {
    expect(operatorsByFieldType.date).toEqual(['=', '<', '>']);
    expect(operatorsByFieldType.tag).toEqual(['=', '!=']);
    expect(operatorsByFieldType.string).not.toContain('<');
    for (const allowed of Object.values(operatorsByFieldType)) for (const op of allowed) expect(searchOperatorNames).toContain(op);
  });
});

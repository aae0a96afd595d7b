import { describe, expect, it } from 'vitest';
import { contactAttributes } from './contact-body.js';

describe('contactAttributes', () => {
  it('sends only the attributes given, with custom attributes parsed', () => {
    expect(contactAttributes({ resource: 'contact', operation: 'create' })).toEqual({});
    expect(contactAttributes({ resource: 'contact', operation: 'create', email: 'a@b.co', name: '', phone: '  ', customAttributesJson: '{"a":1}' })).toEqual({
      email: 'a@b.co',
      custom_attributes: { a: 1 },
    });
  });

  it('fails on custom attributes that are not a JSON object instead of dropping them', () => {
    expect(() => contactAttributes({ resource: 'contact', operation: 'update', customAttributesJson: '{"plan": pro}' })).toThrow(
      /^customAttributesJson is not valid JSON/,
    );
  });
});

import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { customAttributesSchema } from './custom-attributes-schema.js';

const validator = new Validator(structuredClone(customAttributesSchema), '7', false);
const accepts = (body: unknown) => validator.validate(body).valid;

describe('customAttributesSchema', () => {
  it('accepts text, numbers, booleans, null and lists of ids (custom object associations)', () => {
    expect(accepts({ plan: 'pro', monthly_spend: 155.5, paid: true, team_mates: 1, cleared: null, order: ['21'] })).toBe(true);
    expect(accepts({})).toBe(true);
  });

  it('rejects nested objects, lists of objects and nameless attributes', () => {
    expect(accepts({ address: { city: 'Paris' } })).toBe(false);
    expect(accepts({ order: [{ id: 1 }] })).toBe(false);
    expect(accepts({ '': 'x' })).toBe(false);
  });
});

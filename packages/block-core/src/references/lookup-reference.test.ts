import { describe, expect, it } from 'vitest';
import { lookupReference } from './lookup-reference.js';

const outputs = { Trigger: { email: 'a@b.c', tags: ['vip'], contact: { id: 'c1', phone: null, gone: undefined } } };

describe('lookupReference', () => {
  it('finds nested values and list items', () => {
    expect(lookupReference(outputs, 'Trigger', ['contact', 'id'])).toEqual({ found: true, value: 'c1' });
    expect(lookupReference(outputs, 'Trigger', ['tags', 0])).toEqual({ found: true, value: 'vip' });
    expect(lookupReference(outputs, 'Trigger', ['contact', 'phone'])).toEqual({ found: true, value: null });
  });

  it('says why a reference has no value', () => {
    expect(lookupReference(outputs, 'Nope', ['x'])).toEqual({ found: false, reason: 'no step named "Nope" ran before this block. Available: Trigger.' });
    expect(lookupReference(outputs, 'Trigger', ['emial'])).toEqual({ found: false, reason: 'Trigger has no output "emial". Available: email, tags, contact.' });
    expect(lookupReference(outputs, 'Trigger', ['tags', 1])).toEqual({ found: false, reason: 'Trigger.tags has no item [1]. It has 1 item.' });
    expect(lookupReference(outputs, 'Trigger', ['contact', 'phone', 'x'])).toEqual({
      found: false,
      reason: 'Trigger.contact.phone is empty (null), so it has no field "x".',
    });
    expect(lookupReference(outputs, 'Trigger', ['contact', 'gone'])).toEqual({ found: false, reason: 'Trigger.contact.gone has no value.' });
    expect(lookupReference(outputs, 'Trigger', ['email', 0])).toMatchObject({ found: false });
    expect(lookupReference(outputs, 'Trigger', ['tags', 'length'])).toMatchObject({ found: false });
  });

  it('never reads inherited properties', () => {
    expect(lookupReference(outputs, 'constructor', ['name'])).toMatchObject({ found: false });
    expect(lookupReference(outputs, 'Trigger', ['constructor'])).toMatchObject({ found: false });
    expect(lookupReference(outputs, 'Trigger', ['email', 'length'])).toMatchObject({ found: false });
  });
});

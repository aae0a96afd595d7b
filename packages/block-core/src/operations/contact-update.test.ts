import { describe, expect, it } from 'vitest';
import type { IntercomConfig } from '../types.js';
import { operationCheckContext } from '../validation/validate-config.js';
import { contactUpdate } from './contact-update.js';

const validate = (config: IntercomConfig) => contactUpdate.validate(config, operationCheckContext(config));

describe('contact.update', () => {
  it('sends only what is given and no default role', () => {
    expect(contactUpdate.buildRequest({ resource: 'contact', operation: 'update', contactId: 'c1', email: 'new@example.com' })).toEqual({
      pathParams: { contact_id: 'c1' },
      body: { email: 'new@example.com' },
    });
    expect(contactUpdate.buildRequest({ resource: 'contact', operation: 'update', contactId: 'c1', role: 'user' }).body).toEqual({ role: 'user' });
  });

  it('refuses a dot-segment id', () => {
    expect(() => contactUpdate.buildRequest({ resource: 'contact', operation: 'update', contactId: '..' })).toThrow('contactId ".." is not a valid Intercom ID.');
  });

  it('outputs the updated contact', () => {
    expect(contactUpdate.mapResponse({ type: 'contact', id: 'c1' })).toEqual({ contact: { type: 'contact', id: 'c1' } });
    expect(contactUpdate.describeNotFound?.({ resource: 'contact', operation: 'update', contactId: 'c1' })).toContain('"c1"');
  });

  it('asks to change something, naming the fields it could change', () => {
    const config = { resource: 'contact', operation: 'update', contactId: '1', customAttributesJson: ' {} ' };
    expect(validate(config)).toEqual([
      { field: 'operation', code: 'nothing_to_update', message: 'Update contact has nothing to change: fill in at least one of Role, Email, Name, Phone or Custom attributes.' },
    ]);
    expect(validate({ ...config, name: 'Jane' })).toEqual([]);
  });
});

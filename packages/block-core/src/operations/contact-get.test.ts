import { describe, expect, it } from 'vitest';
import { contactGet } from './contact-get.js';

describe('contact.get', () => {
  it('puts the encoded id in the path and sends no body', () => {
    expect(contactGet.buildRequest({ resource: 'contact', operation: 'get', contactId: 'a b/c' })).toEqual({ pathParams: { contact_id: 'a%20b%2Fc' } });
  });

  it('outputs the contact and names the id on 404', () => {
    expect(contactGet.mapResponse({ type: 'contact', id: '1' })).toEqual({ contact: { type: 'contact', id: '1' } });
    expect(contactGet.describeNotFound?.({ resource: 'contact', operation: 'get', contactId: 'x1' })).toContain('no contact with ID "x1" (contactId)');
  });
});

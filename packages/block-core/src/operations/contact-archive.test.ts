import { describe, expect, it } from 'vitest';
import { contactArchive } from './contact-archive.js';
import { contactUnarchive } from './contact-unarchive.js';

const contact = { resource: 'contact', operation: 'archive', contactId: ' 6762f0b1 ' };

describe('contact.archive and contact.unarchive', () => {
  it('post to the contact’s archive or unarchive path with no body', () => {
    expect(contactArchive.buildRequest(contact)).toEqual({ pathParams: { contact_id: '6762f0b1' } });
    expect(contactUnarchive.buildRequest({ ...contact, operation: 'unarchive' })).toEqual({ pathParams: { contact_id: '6762f0b1' } });
    expect([contactArchive.path, contactUnarchive.path]).toEqual(['/contacts/{contact_id}/archive', '/contacts/{contact_id}/unarchive']);
  });

  it('output the contact reference Intercom answers, not a whole contact', () => {
    const reference = { type: 'contact', id: '6762f0b1', external_id: null, archived: true };
    expect(contactArchive.mapResponse(reference)).toEqual({ contact: reference });
    expect(contactUnarchive.mapResponse({ ...reference, archived: false })).toEqual({ contact: { ...reference, archived: false } });
    expect(() => contactArchive.mapResponse({ type: 'tag', id: '1' })).toThrow('Intercom answered without an archived contact');
  });

  it('name the contact id on 404', () => {
    expect(contactUnarchive.describeNotFound(contact)).toBe('Intercom has no contact with ID "6762f0b1" (contactId). Check the ID, or the step it comes from.');
  });
});

import { describe, expect, it } from 'vitest';
import { visibleFields } from '../definition/visibility.js';
import { validateConfig } from '../validation/validate-config.js';
import { contactAddNote } from './contact-add-note.js';

const note = { resource: 'contact', operation: 'addNote', contactId: '6762f0b1', message: '<p>Asked about Pro</p>' };

describe('contact.addNote', () => {
  it('sends the note as written and the connected admin when none is chosen', () => {
    expect(contactAddNote.buildRequest(note, { adminId: '991267' })).toEqual({
      pathParams: { contact_id: '6762f0b1' },
      body: { body: '<p>Asked about Pro</p>', admin_id: '991267' },
    });
    expect(contactAddNote.buildRequest({ ...note, adminId: ' 42 ' }, { adminId: '991267' })).toMatchObject({ body: { admin_id: '42' } });
  });

  it('requires the contact and the note, shows the message as the Note and offers the admin picker', () => {
    expect(validateConfig({ ...note, contactId: '', message: ' ' }).map((i) => [i.field, i.code])).toEqual([
      ['contactId', 'required'],
      ['message', 'required'],
    ]);
    const fields = visibleFields(note);
    expect(fields.map((f) => f.name)).toEqual(['resource', 'operation', 'contactId', 'message', 'adminId']);
    expect(fields.find((f) => f.name === 'message')?.definition.label).toBe('Note');
    expect(fields.find((f) => f.name === 'adminId')).toMatchObject({ definition: { label: 'Write as admin' }, picker: 'admins', required: false, connectedAdmin: true });
  });

  it('outputs the note and names both ids on 404', () => {
    expect(contactAddNote.mapResponse({ type: 'note', id: '31', body: '<p>Hi</p>' })).toEqual({ note: { type: 'note', id: '31', body: '<p>Hi</p>' } });
    expect(contactAddNote.describeNotFound({ ...note, adminId: '5' })).toBe(
      'Intercom has no contact with ID "6762f0b1" (contactId), or no admin with ID "5" (adminId). Check both IDs, or the steps they come from.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { notFoundByAnyId, notFoundById } from './not-found.js';

describe('notFoundById', () => {
  it('names the thing, the id and the field', () => {
    const describeContact = notFoundById('contact', 'contactId');
    expect(describeContact({ resource: 'contact', operation: 'get', contactId: ' abc ' })).toBe(
      'Intercom has no contact with ID "abc" (contactId). Check the ID, or the step it comes from.',
    );
    expect(notFoundById('ticket', 'ticketId')({ resource: 'ticket', operation: 'get', ticketId: 7 as unknown as string })).toContain('ticket with ID "7"');
  });
});

describe('notFoundByAnyId', () => {
  const describeNote = notFoundByAnyId(['contact', 'contactId'], ['admin', 'adminId']);

  it('names every id given, since Intercom does not say which one it did not find', () => {
    expect(describeNote({ resource: 'contact', operation: 'addNote', contactId: 'c1', adminId: ' 42 ' })).toBe(
      'Intercom has no contact with ID "c1" (contactId), or no admin with ID "42" (adminId). Check both IDs, or the steps they come from.',
    );
  });

  it('leaves out a blank id (the connected admin)', () => {
    expect(describeNote({ resource: 'contact', operation: 'addNote', contactId: 'c1', adminId: '' })).toBe(
      'Intercom has no contact with ID "c1" (contactId). Check the ID, or the step it comes from.',
    );
  });
});

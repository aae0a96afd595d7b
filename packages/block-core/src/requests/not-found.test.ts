import { describe, expect, it } from 'vitest';
import { notFoundById } from './not-found.js';

describe('notFoundById', () => {
  it('names the thing, the id and the field', () => {
    const describeContact = notFoundById('contact', 'contactId');
    expect(describeContact({ resource: 'contact', operation: 'get', contactId: ' abc ' })).toBe(
      'Intercom has no contact with ID "abc" (contactId). Check the ID, or the step it comes from.',
    );
    expect(notFoundById('ticket', 'ticketId')({ resource: 'ticket', operation: 'get', ticketId: 7 as unknown as string })).toContain('ticket with ID "7"');
  });
});

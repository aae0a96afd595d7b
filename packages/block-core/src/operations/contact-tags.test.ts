import { describe, expect, it } from 'vitest';
import { visibleFields } from '../definition/visibility.js';
import { contactAddTag } from './contact-add-tag.js';
import { contactRemoveTag } from './contact-remove-tag.js';

const tagged = { resource: 'contact', operation: 'addTag', contactId: '6762f0b1', tagId: ' 9100001 ' };

describe('contact.addTag and contact.removeTag', () => {
  it('add sends only the tag id in the body (no admin: Intercom tags contacts as the token’s admin)', () => {
    expect(contactAddTag.buildRequest(tagged)).toEqual({ pathParams: { contact_id: '6762f0b1' }, body: { id: '9100001' } });
  });

  it('remove puts the tag id in the path and sends no body', () => {
    expect(contactRemoveTag.buildRequest({ ...tagged, operation: 'removeTag' })).toEqual({ pathParams: { contact_id: '6762f0b1', tag_id: '9100001' } });
    expect(contactRemoveTag.destructive).toBe(true);
  });

  it('offer the workspace tags as a picker and no admin field, output the tag, and name both ids on 404', () => {
    const fields = visibleFields(tagged);
    expect(fields.map((f) => f.name)).toEqual(['resource', 'operation', 'contactId', 'tagId']);
    expect(fields.find((f) => f.name === 'tagId')?.picker).toBe('tags');
    expect(contactAddTag.mapResponse({ type: 'tag', id: '1', name: 'VIP' })).toEqual({ tag: { type: 'tag', id: '1', name: 'VIP' } });
    expect(contactRemoveTag.describeNotFound(tagged)).toBe(
      'Intercom has no contact with ID "6762f0b1" (contactId), or no tag with ID "9100001" (tagId). Check both IDs, or the steps they come from.',
    );
  });
});

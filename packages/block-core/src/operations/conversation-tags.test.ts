import { describe, expect, it } from 'vitest';
import { visibleFields } from '../definition/visibility.js';
import { conversationAddTag } from './conversation-add-tag.js';
import { conversationRemoveTag } from './conversation-remove-tag.js';

const tagged = { resource: 'conversation', operation: 'addTag', conversationId: '7', tagId: '9100001' };

describe('conversation.addTag and conversation.removeTag', () => {
  it('add sends the tag id and the admin in the body', () => {
    expect(conversationAddTag.buildRequest(tagged, { adminId: 'me' })).toEqual({ pathParams: { conversation_id: '7' }, body: { id: '9100001', admin_id: 'me' } });
  });

  it('remove puts the tag id in the path and still sends {admin_id} as the DELETE body Intercom requires', () => {
    expect(conversationRemoveTag.buildRequest({ ...tagged, operation: 'removeTag', tagId: '9100001' }, { adminId: 'me' })).toEqual({
      pathParams: { conversation_id: '7', tag_id: '9100001' },
      body: { admin_id: 'me' },
    });
    expect(conversationRemoveTag.destructive).toBe(true);
  });

  it('offer the workspace tags as a picker, and output the tag', () => {
    expect(visibleFields(tagged).find((field) => field.name === 'tagId')?.picker).toBe('tags');
    expect(conversationAddTag.mapResponse({ type: 'tag', id: '1', name: 'VIP' })).toEqual({ tag: { type: 'tag', id: '1', name: 'VIP' } });
    expect(conversationRemoveTag.describeNotFound(tagged)).toBe(
      'Intercom has no conversation with ID "7" (conversationId), or no tag with ID "9100001" (tagId). Check both IDs, or the steps they come from.',
    );
  });
});

import { IntercomApiError, invalidParameter, missingParameter } from '../http/errors.js';
import type { SandboxApp } from '../http/env.js';
import { idText, jsonResponse, readJsonObject } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import type { AppliedTagRecord, ContactRecord, TagRecord } from '../store/types.js';
import { appliedTagView, tagView } from '../views/tag-view.js';
import { lookupContact } from './contact-lookup.js';

// For contacts, the 2.16 spec documents an unknown tag as the generic 404 (conversations say `tag_not_found`).
function lookupTag(store: SandboxStore, id: string): TagRecord {
  const tag = store.tags.get(id);
  if (!tag) throw new IntercomApiError(404, 'not_found', 'Resource Not Found');
  return tag;
}

/**
 * When and by whom a tag on the contact was applied. The seed does not say for its tags: they count as applied by
 * the contact's owner (else the token's admin) when the contact was created.
 */
const applied = (contact: ContactRecord, tagId: string, store: SandboxStore): AppliedTagRecord | undefined => {
  if (!contact.tag_ids.includes(tagId)) return undefined;
  const record = contact.tag_applications?.[tagId] ?? { applied_at: contact.created_at, applied_by: contact.owner_id ?? store.tokenOwner().id };
  return { id: tagId, ...record };
};

/** The tag a call answers: with its application when it is (or was) on the contact, else the bare tag. */
const answeredTag = (tag: TagRecord, application: AppliedTagRecord | undefined) => (application ? appliedTagView(tag, application) : tagView(tag));

/**
 * Tagging a contact: `GET`/`POST /contacts/{id}/tags` `{id}` and `DELETE /contacts/{id}/tags/{tag_id}` (no
 * admin: Intercom records the token's admin). A tag on a contact is found by a contact search on `tag_id`.
 */
export function registerContactTagRoutes(app: SandboxApp, store: SandboxStore): void {
  app.get('/contacts/:id/tags', (c) => {
    const contact = lookupContact(store, c.req.param('id'));
    const tags = contact.tag_ids.flatMap((id) => {
      const tag = store.tags.get(id);
      return tag ? [answeredTag(tag, applied(contact, id, store))] : [];
    });
    return jsonResponse(c, { type: 'list', data: tags });
  });

  app.post('/contacts/:id/tags', async (c) => {
    const contact = lookupContact(store, c.req.param('id'));
    const body = await readJsonObject(c);
    if (body.id === undefined || body.id === null || body.id === '') throw missingParameter('id (the tag id) is required');
    const tagId = idText(body.id);
    if (tagId === undefined) throw invalidParameter('id must be a string (the tag id)');
    const tag = lookupTag(store, tagId);
    if (!contact.tag_ids.includes(tag.id)) {
      const now = store.now();
      const tag_applications = { ...contact.tag_applications, [tag.id]: { applied_at: now, applied_by: store.tokenOwner().id } };
      store.contacts.set(contact.id, { ...contact, tag_ids: [...contact.tag_ids, tag.id], tag_applications, updated_at: now });
    }
    return jsonResponse(c, answeredTag(tag, applied(store.contacts.get(contact.id) ?? contact, tag.id, store)));
  });

  app.delete('/contacts/:id/tags/:tagId', (c) => {
    const contact = lookupContact(store, c.req.param('id'));
    const tag = lookupTag(store, c.req.param('tagId'));
    const wasApplied = applied(contact, tag.id, store);
    if (contact.tag_ids.includes(tag.id)) {
      const { [tag.id]: _removed, ...tag_applications } = contact.tag_applications ?? {};
      store.contacts.set(contact.id, { ...contact, tag_ids: contact.tag_ids.filter((id) => id !== tag.id), tag_applications, updated_at: store.now() });
    }
    return jsonResponse(c, answeredTag(tag, wasApplied));
  });
}

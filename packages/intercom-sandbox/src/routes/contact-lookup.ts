import { IntercomApiError } from '../http/errors.js';
import type { SandboxStore } from '../store/store.js';
import type { ContactRecord } from '../store/types.js';

/**
 * The contact behind `/contacts/{id}`.
 * @throws IntercomApiError 404 `not_found` for an unknown id, 410 `contact_merged` (with a canonical `Link`) for a merged one
 */
export function lookupContact(store: SandboxStore, id: string): ContactRecord {
  const contact = store.contacts.get(id);
  if (!contact) throw new IntercomApiError(404, 'not_found', 'User Not Found');
  if (contact.merged_into_id !== undefined) {
    const canonical = store.canonicalContact(contact);
    if (!canonical) throw new IntercomApiError(404, 'not_found', 'User Not Found');
    throw new IntercomApiError(410, 'contact_merged', "This contact has been merged. See the 'Link' header for the canonical contact.", {
      Link: `</contacts/${canonical.id}>; rel="canonical"`,
    });
  }
  return contact;
}

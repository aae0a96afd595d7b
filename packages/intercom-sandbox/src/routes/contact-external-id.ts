import { IntercomApiError } from '../http/errors.js';
import type { SandboxApp } from '../http/env.js';
import { jsonResponse } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import { contactView } from '../views/contact-view.js';
import { lookupContact } from './contact-lookup.js';

/**
 * `GET /contacts/find_by_external_id/{external_id}`: users only (leads are not found by it), 410 for a merged one.
 * An unknown external id gets Intercom's generic 404, which the 2.16 spec does not document for this path.
 */
export function registerContactExternalIdRoute(app: SandboxApp, store: SandboxStore): void {
  app.get('/contacts/find_by_external_id/:externalId', (c) => {
    const externalId = c.req.param('externalId');
    const users = [...store.contacts.values()].filter((contact) => contact.role === 'user' && contact.external_id === externalId);
    const found = users.find((contact) => contact.merged_into_id === undefined) ?? users[0];
    if (!found) throw new IntercomApiError(404, 'not_found', 'User Not Found');
    return jsonResponse(c, contactView(lookupContact(store, found.id), store));
  });
}

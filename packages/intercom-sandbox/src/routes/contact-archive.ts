import type { SandboxApp } from '../http/env.js';
import { jsonResponse } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import { lookupContact } from './contact-lookup.js';

/**
 * Archiving: `POST /contacts/{id}/archive` and `/unarchive` take no body and answer a contact reference with
 * `archived`. An archived contact leaves list and search (`store.listedContacts`) and is still read by id.
 */
export function registerContactArchiveRoutes(app: SandboxApp, store: SandboxStore): void {
  for (const [action, archived] of [['archive', true], ['unarchive', false]] as const) {
    app.post(`/contacts/:id/${action}`, (c) => {
      const contact = lookupContact(store, c.req.param('id'));
      if (contact.archived !== archived) store.contacts.set(contact.id, { ...contact, archived, updated_at: store.now() });
      return jsonResponse(c, { type: 'contact', id: contact.id, external_id: contact.external_id, archived });
    });
  }
}

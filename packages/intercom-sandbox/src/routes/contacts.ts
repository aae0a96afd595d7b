import { IntercomApiError, missingParameter } from '../http/errors.js';
import type { SandboxApp } from '../http/env.js';
import { jsonResponse, readJsonObject } from '../http/json.js';
import { compareKeys, paginate, parsePerPage, type SortKey } from '../pagination/cursor-pagination.js';
import { contactSortKey, parseContactSort } from '../search/sort.js';
import { contactRecord } from '../seed/contact-defaults.js';
import type { SandboxStore } from '../store/store.js';
import { contactView } from '../views/contact-view.js';
import { conflictingUser, parseContactChanges } from './contact-input.js';
import { lookupContact } from './contact-lookup.js';

// Intercom says so when the existing contact is archived (unarchive it rather than create another).
const conflict = (id: string, store: SandboxStore) =>
  new IntercomApiError(409, 'conflict', `${store.contacts.get(id)?.archived === true ? 'An archived contact' : 'A contact'} matching those details already exists with id=${id}`);

/** Contacts: create, read, update, delete and list (search lives in contact-search.ts). */
export function registerContactRoutes(app: SandboxApp, store: SandboxStore): void {
  app.get('/contacts', (c) => {
    const perPage = parsePerPage(c.req.query('per_page'), 50);
    const sort = parseContactSort(undefined, store.dataAttributes);
    const keyOf = contactSortKey(sort);
    const compare = (a: SortKey, b: SortKey) => compareKeys(a, b, [true, true]);
    const sorted = store.listedContacts().sort((a, b) => compare(keyOf(a), keyOf(b)));
    const page = paginate(sorted, { perPage, startingAfter: c.req.query('starting_after'), keyOf, compare });
    return jsonResponse(c, { type: 'list', data: page.items.map((contact) => contactView(contact, store)), total_count: page.totalCount, pages: page.pages });
  });

  app.post('/contacts', async (c) => {
    const body = await readJsonObject(c);
    const changes = parseContactChanges(body, store);
    if (changes.email === undefined && changes.external_id === undefined && changes.role === undefined) {
      throw missingParameter('Provide at least one of email, external_id or role to create a contact');
    }
    const now = store.now();
    const role = changes.role ?? 'user';
    const existing = conflictingUser(store, { role, email: changes.email ?? null, external_id: changes.external_id ?? null });
    if (existing) throw conflict(existing, store);
    const contact = contactRecord({ id: store.newContactId(now), role, created_at: now, ...changes, custom_attributes: changes.custom_attributes ?? {} });
    store.contacts.set(contact.id, contact);
    return jsonResponse(c, contactView(contact, store));
  });

  app.get('/contacts/:id', (c) => jsonResponse(c, contactView(lookupContact(store, c.req.param('id')), store)));

  app.put('/contacts/:id', async (c) => {
    const contact = lookupContact(store, c.req.param('id'));
    const changes = parseContactChanges(await readJsonObject(c), store);
    if (contact.role === 'user' && changes.role === 'lead') {
      throw new IntercomApiError(400, 'parameter_invalid', 'A user cannot be converted to a lead');
    }
    const next = { ...contact, ...changes, custom_attributes: { ...contact.custom_attributes, ...changes.custom_attributes } };
    const existing = conflictingUser(store, next);
    if (existing) throw conflict(existing, store);
    if (contact.role === 'lead' && next.role === 'user' && next.signed_up_at === null) next.signed_up_at = store.now();
    next.updated_at = store.now();
    store.contacts.set(contact.id, next);
    return jsonResponse(c, contactView(next, store));
  });

  app.delete('/contacts/:id', (c) => {
    const contact = lookupContact(store, c.req.param('id'));
    store.contacts.delete(contact.id);
    return jsonResponse(c, { type: 'contact', id: contact.id, external_id: contact.external_id, deleted: true });
  });
}

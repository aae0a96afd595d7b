import { missingParameter, invalidParameter, IntercomApiError } from '../http/errors.js';
import type { SandboxApp } from '../http/env.js';
import { idText, jsonResponse, readJsonObject } from '../http/json.js';
import type { SandboxStore } from '../store/store.js';
import type { AdminRecord } from '../store/types.js';
import { noteView } from '../views/note-view.js';
import { lookupContact } from './contact-lookup.js';

const NOTES_PER_PAGE = 50;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Intercom keeps a note as HTML: plain text ("Hello") comes back as a paragraph ("<p>Hello</p>"). */
const noteHtml = (body: string) => (body.trimStart().startsWith('<') ? body : `<p>${escapeHtml(body)}</p>`);

/** The note's author: `admin_id` when given (404 "Resource Not Found" for an unknown one), else the token's admin. */
function noteAuthor(adminId: unknown, store: SandboxStore): AdminRecord {
  if (adminId === undefined || adminId === null || adminId === '') return store.tokenOwner();
  const id = idText(adminId);
  if (id === undefined) throw invalidParameter('admin_id must be a string');
  const admin = store.admin(id);
  if (!admin) throw new IntercomApiError(404, 'not_found', 'Resource Not Found');
  return admin;
}

/** A contact's notes: `POST /contacts/{id}/notes` `{body, admin_id}` and `GET /contacts/{id}/notes` (newest first). */
export function registerContactNoteRoutes(app: SandboxApp, store: SandboxStore): void {
  app.post('/contacts/:id/notes', async (c) => {
    const contact = lookupContact(store, c.req.param('id'));
    const body = await readJsonObject(c);
    if (body.body === undefined || body.body === null || body.body === '') throw missingParameter('body is required');
    if (typeof body.body !== 'string') throw invalidParameter('body must be a string');
    const author = noteAuthor(body.admin_id, store);
    const note = { id: store.newNoteId(), contact_id: contact.id, created_at: store.now(), author_id: author.id, body: noteHtml(body.body) };
    store.notes.set(note.id, note);
    return jsonResponse(c, noteView(note, store));
  });

  app.get('/contacts/:id/notes', (c) => {
    const contact = lookupContact(store, c.req.param('id'));
    const notes = store.notesOf(contact.id);
    const totalPages = Math.max(1, Math.ceil(notes.length / NOTES_PER_PAGE));
    const page = Number(c.req.query('page') ?? '1');
    if (!Number.isInteger(page) || page < 1) throw invalidParameter('page must be a whole number of at least 1');
    return jsonResponse(c, {
      type: 'list',
      data: notes.slice((page - 1) * NOTES_PER_PAGE, page * NOTES_PER_PAGE).map((note) => noteView(note, store)),
      total_count: notes.length,
      pages: { type: 'pages', next: null, page, per_page: NOTES_PER_PAGE, total_pages: totalPages },
    });
  });
}

import type { SandboxStore } from '../store/store.js';
import type { NoteRecord } from '../store/types.js';
import { adminView } from './admin-view.js';

/** A note as `POST /contacts/{id}/notes` answers it and `GET /contacts/{id}/notes` lists it, its author a whole admin. */
export function noteView(note: NoteRecord, store: SandboxStore): Record<string, unknown> {
  const author = store.admin(note.author_id);
  return {
    type: 'note',
    id: note.id,
    created_at: note.created_at,
    contact: { type: 'contact', id: note.contact_id },
    ...(author ? { author: adminView(author) } : {}),
    body: note.body,
  };
}

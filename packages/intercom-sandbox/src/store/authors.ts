import type { AdminRecord, AuthorRecord, ContactRecord } from './types.js';

/** A contact as the author of a message or part. */
export const contactAuthor = (contact: ContactRecord): AuthorRecord => ({ type: contact.role, id: contact.id, name: contact.name, email: contact.email ?? '' });

/** An admin as the author of a part. */
export const adminAuthor = (admin: AdminRecord): AuthorRecord => ({ type: 'admin', id: admin.id, name: admin.name, email: admin.email });

import type { OperationDefinition } from '../definition/operation-types.js';
import { noteShape } from '../references/intercom-output-shapes.js';
import { actingAdminId } from '../requests/acting-admin.js';
import { pathSegment, requiredText } from '../requests/config-values.js';
import { notFoundByAnyId } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';
import { actingAdminField } from './acting-admin-field.js';

export const contactAddNote = {
  key: 'contact.addNote',
  resource: 'contact',
  operation: 'addNote',
  label: 'Add note to contact',
  description: 'Write an internal note on a contact, as an admin.',
  example: { contactId: '6762f0b1', message: 'Asked about the Pro plan.', adminId: '' },
  fields: [
    { field: 'contactId', required: true },
    { field: 'message', required: true, label: 'Note', help: 'The note to add to the contact, seen only by your team. Use literal text or <StepName.field>.' },
    actingAdminField('Write as admin', 'write the note'),
  ],
  outputs: { note: noteShape },
  connectedAdmin: true,
  method: 'POST',
  // The 2.16 spec types this contact_id as an integer; contact ids are 24-hex strings, as Intercom sends them.
  path: '/contacts/{contact_id}/notes',
  operationId: 'createNote',
  write: true,
  buildRequest: (config, context) => ({
    pathParams: { contact_id: pathSegment(config, 'contactId') },
    body: { body: requiredText(config, 'message'), admin_id: actingAdminId(config, context) },
  }),
  mapResponse: (body) => ({ note: responseObject(body, 'a note', ['note']) }),
  describeNotFound: notFoundByAnyId(['contact', 'contactId'], ['admin', 'adminId']),
} as const satisfies OperationDefinition;

import type { OperationDefinition } from '../definition/operation-types.js';
import { archivedContactShape } from '../references/intercom-output-shapes.js';
import { pathSegment } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';

export const contactArchive = {
  key: 'contact.archive',
  resource: 'contact',
  operation: 'archive',
  label: 'Archive contact',
  description: 'Archive a contact: it leaves lists and searches until it is unarchived.',
  example: { contactId: '6762f0b1' },
  fields: [{ field: 'contactId', required: true }],
  outputs: { contact: archivedContactShape },
  method: 'POST',
  path: '/contacts/{contact_id}/archive',
  operationId: 'ArchiveContact',
  write: true,
  // No body; Intercom answers a contact reference with `archived`, not a whole contact: that is the output.
  buildRequest: (config) => ({ pathParams: { contact_id: pathSegment(config, 'contactId') } }),
  mapResponse: (body) => ({ contact: responseObject(body, 'an archived contact', ['contact']) }),
  describeNotFound: notFoundById('contact', 'contactId'),
} as const satisfies OperationDefinition;

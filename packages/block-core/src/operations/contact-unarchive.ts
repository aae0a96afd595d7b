import type { OperationDefinition } from '../definition/operation-types.js';
import { archivedContactShape } from '../references/intercom-output-shapes.js';
import { pathSegment } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';

export const contactUnarchive = {
  key: 'contact.unarchive',
  resource: 'contact',
  operation: 'unarchive',
  label: 'Unarchive contact',
  description: 'Bring an archived contact back into lists and searches.',
  example: { contactId: '6762f0b1' },
  fields: [{ field: 'contactId', required: true }],
  outputs: { contact: archivedContactShape },
  method: 'POST',
  path: '/contacts/{contact_id}/unarchive',
  operationId: 'UnarchiveContact',
  write: true,
  // No body; Intercom answers a contact reference with `archived`, not a whole contact: that is the output.
  buildRequest: (config) => ({ pathParams: { contact_id: pathSegment(config, 'contactId') } }),
  mapResponse: (body) => ({ contact: responseObject(body, 'an unarchived contact', ['contact']) }),
  describeNotFound: notFoundById('contact', 'contactId'),
} as const satisfies OperationDefinition;

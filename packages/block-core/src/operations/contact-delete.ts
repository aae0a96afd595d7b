import type { OperationDefinition } from '../definition/operation-types.js';
import { pathSegment } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';

export const contactDelete = {
  key: 'contact.delete',
  resource: 'contact',
  operation: 'delete',
  label: 'Delete contact',
  description: 'Delete a contact permanently.',
  example: { contactId: '6762f0b1' },
  fields: [{ field: 'contactId', required: true }],
  outputs: { deleted: { type: 'boolean', description: 'Contact was deleted' } },
  method: 'DELETE',
  path: '/contacts/{contact_id}',
  operationId: 'DeleteContact',
  write: true,
  destructive: true,
  buildRequest: (config) => ({ pathParams: { contact_id: pathSegment(config, 'contactId') } }),
  mapResponse: (body) => ({ deleted: responseObject(body, 'a deleted contact', ['contact']).deleted === true }),
  describeNotFound: notFoundById('contact', 'contactId'),
} as const satisfies OperationDefinition;

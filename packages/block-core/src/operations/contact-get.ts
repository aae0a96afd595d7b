import type { OperationDefinition } from '../definition/operation-types.js';
import { contactShape } from '../references/intercom-output-shapes.js';
import { pathSegment } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';

export const contactGet = {
  key: 'contact.get',
  resource: 'contact',
  operation: 'get',
  label: 'Get contact',
  description: 'Fetch one contact by its Intercom ID.',
  example: { contactId: '6762f0b1' },
  fields: [{ field: 'contactId', required: true }],
  outputs: { contact: contactShape },
  method: 'GET',
  path: '/contacts/{contact_id}',
  operationId: 'ShowContact',
  write: false,
  buildRequest: (config) => ({ pathParams: { contact_id: pathSegment(config, 'contactId') } }),
  mapResponse: (body) => ({ contact: responseObject(body, 'a contact', ['contact']) }),
  describeNotFound: notFoundById('contact', 'contactId'),
} as const satisfies OperationDefinition;

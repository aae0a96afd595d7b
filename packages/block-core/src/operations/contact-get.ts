import type { OperationDefinition } from '../definition/operation-types.js';
import { pathSegment } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';

export const contactGet: OperationDefinition = {
  key: 'contact.get',
  resource: 'contact',
  operation: 'get',
  label: 'Get contact',
  description: 'Fetch one contact by its Intercom ID.',
  fields: [{ field: 'contactId', required: true }],
  outputs: ['contact'],
  method: 'GET',
  path: '/contacts/{contact_id}',
  operationId: 'ShowContact',
  write: false,
  buildRequest: (config) => ({ pathParams: { contact_id: pathSegment(config, 'contactId') } }),
  mapResponse: (body) => ({ contact: responseObject(body, 'a contact', ['contact']) }),
  describeNotFound: notFoundById('contact', 'contactId'),
};

import type { OperationDefinition } from '../definition/operation-types.js';
import { tagShape } from '../references/intercom-output-shapes.js';
import { pathSegment } from '../requests/config-values.js';
import { notFoundByAnyId } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';

export const contactRemoveTag = {
  key: 'contact.removeTag',
  resource: 'contact',
  operation: 'removeTag',
  label: 'Remove tag from contact',
  description: 'Take a tag off a contact.',
  example: { contactId: '6762f0b1', tagId: '9100001' },
  fields: [{ field: 'contactId', required: true }, { field: 'tagId', required: true }],
  outputs: { tag: tagShape },
  method: 'DELETE',
  path: '/contacts/{contact_id}/tags/{tag_id}',
  operationId: 'detachTagFromContact',
  write: true,
  destructive: true,
  buildRequest: (config) => ({ pathParams: { contact_id: pathSegment(config, 'contactId'), tag_id: pathSegment(config, 'tagId') } }),
  mapResponse: (body) => ({ tag: responseObject(body, 'a tag', ['tag']) }),
  describeNotFound: notFoundByAnyId(['contact', 'contactId'], ['tag', 'tagId']),
} as const satisfies OperationDefinition;

import type { OperationDefinition } from '../definition/operation-types.js';
import { tagShape } from '../references/intercom-output-shapes.js';
import { pathSegment, requiredText } from '../requests/config-values.js';
import { notFoundByAnyId } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';

export const contactAddTag = {
  key: 'contact.addTag',
  resource: 'contact',
  operation: 'addTag',
  label: 'Add tag to contact',
  description: 'Tag a contact with one of the workspace’s tags.',
  example: { contactId: '6762f0b1', tagId: '9100001' },
  fields: [{ field: 'contactId', required: true }, { field: 'tagId', required: true }],
  outputs: { tag: tagShape },
  method: 'POST',
  path: '/contacts/{contact_id}/tags',
  operationId: 'attachTagToContact',
  write: true,
  buildRequest: (config) => ({
    pathParams: { contact_id: pathSegment(config, 'contactId') },
    body: { id: requiredText(config, 'tagId').trim() },
  }),
  mapResponse: (body) => ({ tag: responseObject(body, 'a tag', ['tag']) }),
  describeNotFound: notFoundByAnyId(['contact', 'contactId'], ['tag', 'tagId']),
} as const satisfies OperationDefinition;

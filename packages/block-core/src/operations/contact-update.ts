import type { OperationDefinition } from '../definition/operation-types.js';
import { contactShape } from '../references/intercom-output-shapes.js';
import { optionFrom, pathSegment } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';
import { contactAttributes, contactRoles } from './contact-body.js';
import { somethingToChange } from './operation-checks.js';

export const contactUpdate = {
  key: 'contact.update',
  resource: 'contact',
  operation: 'update',
  label: 'Update contact',
  description: 'Change a contact: only the fields you fill in are sent.',
  example: { contactId: '6762f0b1', name: 'Jane Doe' },
  fields: [
    { field: 'contactId', required: true },
    // An update must not turn a lead into a user just because the field has a default.
    { field: 'role', default: null },
    { field: 'email' },
    { field: 'name' },
    { field: 'phone' },
    { field: 'customAttributesJson' },
  ],
  outputs: { contact: contactShape },
  validate: somethingToChange('Update contact'),
  method: 'PUT',
  path: '/contacts/{contact_id}',
  operationId: 'UpdateContact',
  write: true,
  buildRequest: (config) => {
    const role = optionFrom(config, 'role', contactRoles);
    return {
      pathParams: { contact_id: pathSegment(config, 'contactId') },
      body: { ...(role === undefined ? {} : { role }), ...contactAttributes(config) },
    };
  },
  mapResponse: (body) => ({ contact: responseObject(body, 'a contact', ['contact']) }),
  describeNotFound: notFoundById('contact', 'contactId'),
} as const satisfies OperationDefinition;

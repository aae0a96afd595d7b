import type { OperationDefinition } from '../definition/operation-types.js';
import { contactShape } from '../references/intercom-output-shapes.js';
import { optionFrom } from '../requests/config-values.js';
import { responseObject } from '../requests/response-values.js';
import { contactAttributes, contactRoles } from './contact-body.js';

export const contactCreate = {
  key: 'contact.create',
  resource: 'contact',
  operation: 'create',
  label: 'Create contact',
  description: 'Create a user or lead in Intercom.',
  example: { role: 'user', email: 'jane@example.com', name: 'Jane', phone: '+14155550123', customAttributesJson: '{"plan": "pro"}' },
  fields: [{ field: 'role' }, { field: 'email' }, { field: 'name' }, { field: 'phone' }, { field: 'customAttributesJson' }],
  outputs: { contact: contactShape },
  method: 'POST',
  path: '/contacts',
  operationId: 'CreateContact',
  write: true,
  buildRequest: (config) => ({
    // Intercom needs one of email, external_id or role, so the role default keeps a minimal create valid.
    body: { role: optionFrom(config, 'role', contactRoles, 'user'), ...contactAttributes(config) },
  }),
  mapResponse: (body) => ({ contact: responseObject(body, 'a contact', ['contact']) }),
} as const satisfies OperationDefinition;

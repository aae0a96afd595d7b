import type { OperationDefinition } from '../definition/operation-types.js';
import { adminShape } from '../references/intercom-output-shapes.js';
import { pathSegment } from '../requests/config-values.js';
import { notFoundById } from '../requests/not-found.js';
import { responseObject } from '../requests/response-values.js';
import { adminIdDigits } from './ticket-checks.js';

export const adminGet = {
  key: 'admin.get',
  resource: 'admin',
  operation: 'get',
  label: 'Get admin',
  description: 'Fetch one teammate by ID, with their away mode and teams.',
  example: { adminId: '991267' },
  // Required here: an empty admin is not the connected one (no connectedAdmin).
  fields: [{ field: 'adminId', required: true, label: 'Admin', help: 'The Intercom admin to fetch. Pick one, or use an admin ID or <StepName.field>.' }],
  outputs: { admin: adminShape },
  validate: (config) => adminIdDigits(config),
  method: 'GET',
  path: '/admins/{admin_id}',
  operationId: 'retrieveAdmin',
  write: false,
  buildRequest: (config) => ({ pathParams: { admin_id: pathSegment(config, 'adminId') } }),
  mapResponse: (body) => ({ admin: responseObject(body, 'an admin', ['admin']) }),
  describeNotFound: notFoundById('admin', 'adminId'),
} as const satisfies OperationDefinition;

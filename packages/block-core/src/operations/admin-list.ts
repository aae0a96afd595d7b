import type { OperationDefinition } from '../definition/operation-types.js';
import { adminShape, list } from '../references/intercom-output-shapes.js';
import { responseList, responseObject } from '../requests/response-values.js';

export const adminList = {
  key: 'admin.list',
  resource: 'admin',
  operation: 'list',
  label: 'List admins',
  description: 'List the teammates of the workspace.',
  example: {},
  fields: [],
  outputs: { admins: list(adminShape, 'List of admins') },
  method: 'GET',
  path: '/admins',
  operationId: 'listAdmins',
  write: false,
  buildRequest: () => ({}),
  mapResponse: (body) => ({ admins: responseList(responseObject(body, 'a list of admins', ['admin.list']), 'admins', 'a list of admins') }),
} as const satisfies OperationDefinition;

import type { OperationDefinition } from '../definition/operation-types.js';
import { responseList, responseObject } from '../requests/response-values.js';

export const adminList: OperationDefinition = {
  key: 'admin.list',
  resource: 'admin',
  operation: 'list',
  label: 'List admins',
  description: 'List the teammates of the workspace.',
  fields: [],
  outputs: ['admins'],
  method: 'GET',
  path: '/admins',
  operationId: 'listAdmins',
  write: false,
  buildRequest: () => ({}),
  mapResponse: (body) => ({ admins: responseList(responseObject(body, 'a list of admins', ['admin.list']), 'admins', 'a list of admins') }),
};

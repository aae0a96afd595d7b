import type { OperationDefinition } from '../definition/operation-types.js';

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
};

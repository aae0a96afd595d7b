import type { OperationFieldUse } from '../definition/operation-types.js';

/**
 * The `adminId` field of an operation done as an admin, labelled for what that admin does.
 * @example actingAdminField('Close as admin', 'close the conversation')
 */
export function actingAdminField(label: string, action: string): OperationFieldUse {
  return { field: 'adminId', label, help: `Intercom admin ID to ${action} as. Leave empty to act as the admin the integration is connected as.` };
}

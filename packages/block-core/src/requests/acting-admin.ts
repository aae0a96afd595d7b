import type { IntercomRequestContext } from '../definition/operation-types.js';
import type { IntercomConfig } from '../types.js';
import { IntercomRequestError } from './request-error.js';

/** The admin the config names, trimmed; only spaces name none. */
export const namedAdminId = (config: IntercomConfig): string | undefined => (typeof config.adminId === 'string' && config.adminId.trim() !== '' ? config.adminId.trim() : undefined);

/**
 * The admin a request acts as: the config's `adminId` (trimmed) when it names one, else the connected admin.
 * @throws IntercomRequestError on `adminId` when neither is known
 * @example actingAdminId({ resource: 'conversation', operation: 'reply', adminId: ' ' }, { adminId: '991267' }) // '991267'
 */
export function actingAdminId(config: IntercomConfig, context: IntercomRequestContext): string {
  const adminId = namedAdminId(config) ?? (context.adminId?.trim() || undefined);
  if (adminId === undefined) {
    throw new IntercomRequestError('adminId is not set and no connected admin is known: choose the admin to act as.', 'adminId');
  }
  return adminId;
}

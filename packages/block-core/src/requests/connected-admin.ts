import { findOperation } from '../definition/visibility.js';
import type { IntercomConfig } from '../types.js';
import { namedAdminId } from './acting-admin.js';

/**
 * Whether running this config needs the connected admin: its operation acts as the connected admin when
 * `adminId` is empty (`connectedAdmin` in its definition), and the config names none. The proxy asks Intercom's
 * `/me` only then. With `actingAdminId`, the one rule about the connected admin.
 * @example needsConnectedAdmin({ resource: 'conversation', operation: 'reply', adminId: '  ' }) // true
 */
export function needsConnectedAdmin(config: IntercomConfig): boolean {
  return findOperation(config.resource, config.operation)?.connectedAdmin === true && namedAdminId(config) === undefined;
}

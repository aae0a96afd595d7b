import type { Resource } from './table-types.js';

/** How the resource select names each resource of the operation table; the type asks for every one, and no other. */
export const resourceLabels = {
  contact: 'Contact',
  conversation: 'Conversation',
  ticket: 'Ticket',
  admin: 'Admin',
} as const satisfies Record<Resource, string>;

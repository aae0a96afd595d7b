import type { OutputName } from '../definition/operation-types.js';
import { findOperation } from '../definition/visibility.js';
import type { IntercomConfig, OutputShape } from '../types.js';
import { adminShape, contactShape, conversationListItemShape, conversationShape, pagesShape, ticketShape } from './intercom-output-shapes.js';

const outputShapes: Record<OutputName, OutputShape> = {
  contact: contactShape,
  contacts: { type: 'array', items: contactShape, description: 'List of contacts' },
  pages: pagesShape,
  results: { type: 'array', items: contactShape, description: 'Search results' },
  deleted: { type: 'boolean', description: 'Contact was deleted' },
  conversation: conversationShape,
  conversations: { type: 'array', items: conversationListItemShape, description: 'List of conversations' },
  ticket: ticketShape,
  admins: { type: 'array', items: adminShape, description: 'List of admins' },
};

/**
 * The Intercom block's own outputs under its chosen operation, for the steps after it to reference
 * (`<Intercom.contact.email>`): `success`, `error`, and the operation's outputs.
 * @example Object.keys(blockOutputShape({ resource: 'contact', operation: 'list' }).properties)
 * // ['success', 'error', 'contacts', 'pages']
 */
export function blockOutputShape(config: Pick<IntercomConfig, 'resource' | 'operation'>): OutputShape & { type: 'object' } {
  const properties: Record<string, OutputShape> = {
    success: { type: 'boolean', description: 'Operation succeeded' },
    error: { type: 'string', description: 'Error message if failed' },
  };
  for (const name of findOperation(config.resource, config.operation)?.outputs ?? []) properties[name] = outputShapes[name];
  return { type: 'object', properties };
}

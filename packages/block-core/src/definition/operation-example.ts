import type { IntercomConfig } from '../types.js';
import type { OperationDefinition } from './operation-types.js';

/**
 * The operation's example as a whole config: a valid block for stories, tests and docs.
 * @example exampleConfig(operationByKey('contact.get')) // { resource: 'contact', operation: 'get', contactId: '6762f0b1' }
 */
export function exampleConfig(operation: Pick<OperationDefinition, 'resource' | 'operation' | 'example'>): IntercomConfig {
  return { resource: operation.resource, operation: operation.operation, ...operation.example };
}

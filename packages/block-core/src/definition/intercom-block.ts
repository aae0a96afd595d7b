import { intercomOperations } from '../operations/index.js';
import type { FieldName, IntercomOperation } from '../types.js';
import type { FieldDefinition } from './field-types.js';
import { intercomFields } from './fields.js';

/** A block definition as data: what a Workflow Builder needs to list, render, validate and run it. */
export interface BlockDefinition {
  type: 'intercom';
  name: string;
  group: 'Integrations';
  description: string;
  fields: Record<FieldName, FieldDefinition>;
  operations: readonly IntercomOperation[];
}

/** The Intercom block. */
export const intercomBlock: BlockDefinition = {
  type: 'intercom',
  name: 'Intercom',
  group: 'Integrations',
  description: 'Work with Intercom contacts, conversations, tickets, and admins.',
  fields: intercomFields,
  operations: intercomOperations,
};

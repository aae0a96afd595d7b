import {
  createDefaultConfig,
  exampleConfig,
  intercomOperations,
  validateConfig,
  visibleFields,
  type FieldDefinition,
  type IntercomConfig,
  type OperationDefinition,
} from '@workflow-blocks/block-core';
import { sampleTicketTypes, sampleUpstream } from './sample-data.js';

/**
 * The states every operation of the table has a story in (`editor/OperationStates.stories.tsx`): a new block,
 * one with validation errors shown, one filled in and run (valid, running, then its outputs), and a run that failed.
 */
export const operationStates = ['empty', 'invalid', 'succeeded', 'failed'] as const;
export type OperationState = (typeof operationStates)[number];

// Values a field refuses, by field, where its definition alone does not give one (no format or bound).
const refusedByField: Readonly<Record<string, string>> = {
  snoozedUntil: '2001-01-01T00:00:00Z',
  assigneeId: 'the billing team',
};

/** A value the field refuses, from its definition: a wrong format, a number past its bound, broken JSON. */
function refusedValue(definition: FieldDefinition): string | number | undefined {
  if (definition.name in refusedByField) return refusedByField[definition.name];
  if (definition.format === 'email') return 'jane@';
  if (definition.format === 'phone') return '0044 20';
  if (definition.format === 'id') return '..';
  if (definition.kind === 'number' && definition.max !== undefined) return definition.max + 1;
  if (definition.kind === 'code') return '{\n  "a": \n}';
  return undefined;
}

/** The operation's example with every field it can refuse made wrong, and its other required fields emptied. */
export function invalidConfig(operation: OperationDefinition): IntercomConfig {
  const example = exampleConfig(operation);
  const config: Record<string, unknown> = { ...example };
  for (const field of visibleFields(example)) {
    if (field.name === 'resource' || field.name === 'operation') continue;
    const refused = refusedValue(field.definition);
    if (refused !== undefined) config[field.name] = refused;
    else if (field.required) config[field.name] = '';
  }
  return config as IntercomConfig;
}

/** Validation as the stories' editor does it: with the sample upstream steps and ticket types. */
export function storyIssues(config: IntercomConfig) {
  return validateConfig(config, { upstream: sampleUpstream, ticketTypes: sampleTicketTypes });
}

/** The config a state's story starts from. */
export function stateConfig(operation: OperationDefinition, state: OperationState): IntercomConfig {
  if (state === 'empty') return createDefaultConfig(operation.resource, operation.operation);
  if (state === 'invalid') return invalidConfig(operation);
  return exampleConfig(operation);
}

/** One generated story: its export name, the operation's key and the state. */
export interface OperationStoryEntry {
  exportName: string;
  key: string;
  state: OperationState;
}

const pascal = (text: string) => text.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());

/**
 * Every operation of the table in every state that it can be in: an operation with no field it can refuse (a
 * list of admins) has no "invalid" story. Read by `.storybook/operation-stories.ts` to write the story exports.
 * @example operationStoryEntries()[0] // { exportName: 'ContactCreateEmpty', key: 'contact.create', state: 'empty' }
 */
export function operationStoryEntries(operations: readonly OperationDefinition[] = intercomOperations): OperationStoryEntry[] {
  return operations.flatMap((operation) =>
    operationStates
      .filter((state) => state !== 'invalid' || storyIssues(invalidConfig(operation)).length > 0)
      .map((state) => ({ exportName: pascal(`${operation.key} ${state}`), key: operation.key, state })),
  );
}

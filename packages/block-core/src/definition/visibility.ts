import type { FieldName, IntercomConfig, OperationKey } from '../types.js';
import type { FieldDefinition, FieldOption } from './field-types.js';
import { intercomBlock } from './intercom-block.js';
import type { OperationDefinition } from './operation-types.js';

/** A field as the chosen operation shows it. */
export interface VisibleField {
  name: FieldName;
  definition: FieldDefinition;
  required: boolean;
  /** The default that applies under this operation, if any. */
  default?: string | number;
}

/**
 * Finds the operation table entry for a resource and operation.
 * @returns the entry, or undefined when the pair is not one of the block's operations.
 * @example findOperation('contact', 'create')?.method // 'POST'
 */
export function findOperation(resource: unknown, operation: unknown): OperationDefinition | undefined {
  return intercomBlock.operations.find((op) => op.resource === resource && op.operation === operation);
}

/** Finds an operation by its `resource.operation` key. */
export function operationByKey(key: OperationKey): OperationDefinition {
  const found = intercomBlock.operations.find((op) => op.key === key);
  if (!found) throw new Error(`Unknown operation key ${key}`);
  return found;
}

/**
 * The options of the operation select for a resource.
 * @example operationOptions('admin') // [{ value: 'list', label: 'List admins' }]
 */
export function operationOptions(resource: unknown): FieldOption[] {
  return intercomBlock.operations
    .filter((op) => op.resource === resource)
    .map((op) => ({ value: op.operation, label: op.label }));
}

/** The options a select field offers under a config (the operation select depends on the resource). */
export function fieldOptions(field: FieldName, config: Pick<IntercomConfig, 'resource'>): FieldOption[] {
  if (field === 'operation') return operationOptions(config.resource);
  return intercomBlock.fields[field].options ?? [];
}

/**
 * The fields a config shows, in display order, each with whether it is required and its default there.
 * `resource` and `operation` always show and are always required; then the chosen operation's fields.
 * @example visibleFields({ resource: 'contact', operation: 'get' }).map((f) => f.name)
 * // ['resource', 'operation', 'contactId']
 */
export function visibleFields(config: Pick<IntercomConfig, 'resource' | 'operation'>): VisibleField[] {
  const fields = intercomBlock.fields;
  const always: VisibleField[] = [
    withDefault({ name: 'resource', definition: fields.resource, required: true }, fields.resource.default),
    { name: 'operation', definition: fields.operation, required: true },
  ];
  const op = findOperation(config.resource, config.operation);
  if (!op) return always;
  return [
    ...always,
    ...op.fields.map((use) => {
      const definition = fields[use.field];
      const fallback = use.default === null ? undefined : (use.default ?? definition.default);
      return withDefault({ name: use.field, definition, required: use.required === true }, fallback);
    }),
  ];
}

function withDefault(field: VisibleField, value: string | number | undefined): VisibleField {
  return value === undefined ? field : { ...field, default: value };
}

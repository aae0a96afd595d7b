import type { FieldName, IntercomConfig, OperationKey } from '../types.js';
import type { FieldDefinition, FieldOption, JsonFieldSchemaId, PickerKind, PickerUse } from './field-types.js';
import { intercomBlock } from './intercom-block.js';
import { fieldUsesOf } from './paging-fields.js';
import type { OperationDefinition } from './operation-types.js';
import { resourceLabels } from './resources.js';

/** A field as the chosen operation shows it. */
export interface VisibleField {
  name: FieldName;
  definition: FieldDefinition;
  required: boolean;
  /** The default that applies under this operation, if any. */
  default?: string | number;
  /** The picker the editor offers for it under this operation (`pickerKind` resolves one chosen by another field). */
  picker?: PickerUse;
  /** For code fields: the JSON Schema its value is checked against under this operation. */
  schema?: JsonFieldSchemaId;
  /** Left empty, this field means the admin the integration is connected as (the operation's `connectedAdmin`). */
  connectedAdmin?: true;
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

/** The resource select's options: the table's resources, in the order of their first operation. */
const resourceOptions: readonly FieldOption[] = [...new Set(intercomBlock.operations.map((op) => op.resource))].map((resource) => ({
  value: resource,
  label: resourceLabels[resource],
}));

/** The options a select field offers under a config (the resource and operation selects come from the operation table). */
export function fieldOptions(field: FieldName, config: Pick<IntercomConfig, 'resource'>): readonly FieldOption[] {
  if (field === 'resource') return resourceOptions;
  if (field === 'operation') return operationOptions(config.resource);
  return intercomBlock.fields[field].options ?? [];
}

/**
 * The list a field's picker offers under a config: its picker kind, or the kind another field's value chooses.
 * @example pickerKind({ by: 'assigneeType', kinds: { admin: 'admins', team: 'teams' } }, { assigneeType: 'team' }) // 'teams'
 */
export function pickerKind(picker: PickerUse | undefined, values: Readonly<Record<string, unknown>>, defaults: Readonly<Record<string, unknown>> = {}): PickerKind | undefined {
  if (picker === undefined || typeof picker === 'string') return picker;
  const chosen = values[picker.by] ?? defaults[picker.by];
  return typeof chosen === 'string' ? picker.kinds[chosen] : undefined;
}

/**
 * The fields a config shows, in display order, each with whether it is required and its default there.
 * `resource` and `operation` always show and are always required; then the chosen operation's fields (a paged
 * operation's Max results only while Fetch every page is yes).
 * @example visibleFields({ resource: 'contact', operation: 'get' }).map((f) => f.name)
 * // ['resource', 'operation', 'contactId']
 */
export function visibleFields(config: Pick<IntercomConfig, 'resource' | 'operation' | 'fetchAll'>): VisibleField[] {
  const fields = intercomBlock.fields;
  const always: VisibleField[] = [
    withDefault({ name: 'resource', definition: fields.resource, required: true }, fields.resource.default),
    { name: 'operation', definition: fields.operation, required: true },
  ];
  const op = findOperation(config.resource, config.operation);
  if (!op) return always;
  return [
    ...always,
    ...fieldUsesOf(op, config).map((use) => {
      const shared = fields[use.field];
      // The operation's own label and help replace the shared ones everywhere: editor, help text and messages.
      const definition = use.label === undefined && use.help === undefined ? shared : { ...shared, label: use.label ?? shared.label, help: use.help ?? shared.help };
      const fallback = use.default === null ? undefined : (use.default ?? definition.default);
      const picker = use.picker ?? definition.picker;
      const schema = use.schema ?? definition.schema;
      const visible: VisibleField = { name: use.field, definition, required: use.required === true };
      if (picker !== undefined) visible.picker = picker;
      if (schema !== undefined) visible.schema = schema;
      if (use.field === 'adminId' && op.connectedAdmin === true) visible.connectedAdmin = true;
      return withDefault(visible, fallback);
    }),
  ];
}

/** Sets the default on a field made just now (not a copy: this runs for every field on every validation). */
function withDefault(field: VisibleField, value: string | number | undefined): VisibleField {
  if (value !== undefined) field.default = value;
  return field;
}

export type * from './types.js';
export type { FieldDefinition, FieldKind, FieldOption, JsonFieldSchemaId, TextFormat } from './definition/field-types.js';
export type { OperationDefinition, OperationFieldUse, OutputName } from './definition/operation-types.js';
export { intercomBlock, type BlockDefinition } from './definition/intercom-block.js';
export { intercomFields } from './definition/fields.js';
export {
  fieldOptions,
  findOperation,
  operationByKey,
  operationOptions,
  visibleFields,
  type VisibleField,
} from './definition/visibility.js';
export * from './form/index.js';
export * from './schemas/index.js';
export * from './validation/index.js';
export * from './references/index.js';
export * from './requests/index.js';
export * from './run/index.js';

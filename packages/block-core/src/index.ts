export type * from './types.js';
export type { FieldDefinition, FieldKind, FieldOption, JsonFieldSchemaId, PickerByField, PickerKind, PickerUse, TextFormat } from './definition/field-types.js';
export type { OperationCheckContext, OperationDefinition, OperationFieldUse, OperationPaging } from './definition/operation-types.js';
export { DEFAULT_MAX_RESULTS, DEFAULT_PER_PAGE, FETCH_ALL_TIME_LIMIT_MS, MAX_FETCH_ALL_PAGES, MAX_FETCH_ALL_RESULTS, MAX_PER_PAGE } from './definition/limits.js';
export { fetchAllPaging, fieldUsesOf } from './definition/paging-fields.js';
export { resourceLabels } from './definition/resources.js';
export { intercomOperations } from './operations/index.js';
export { exampleConfig } from './definition/operation-example.js';
export { operationsMarkdown } from './definition/operations-doc.js';
export { intercomBlock, type BlockDefinition } from './definition/intercom-block.js';
export { intercomFields } from './definition/fields.js';
export {
  fieldOptions,
  findOperation,
  operationByKey,
  operationOptions,
  pickerKind,
  visibleFields,
  type VisibleField,
} from './definition/visibility.js';
export * from './form/index.js';
export * from './schemas/index.js';
export * from './validation/index.js';
export * from './references/index.js';
export * from './requests/index.js';
export * from './run/index.js';

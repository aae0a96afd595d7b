import type { FieldName, HttpMethod, OperationKey, OperationName, Resource } from '../types.js';

/** Output names from the reference doc (besides `success` and `error`, which every operation has). */
export type OutputName =
  | 'contact'
  | 'contacts'
  | 'pages'
  | 'results'
  | 'deleted'
  | 'conversation'
  | 'conversations'
  | 'ticket'
  | 'admins';

/** How an operation uses a field: in this order, maybe required, maybe with its own default. */
export interface OperationFieldUse {
  field: FieldName;
  required?: boolean;
  /** Overrides the field's default for this operation; `null` means no default here. */
  default?: string | number | null;
}

/** One entry of the operation table: everything the editor, validation and the proxy need to know. */
export interface OperationDefinition {
  key: OperationKey;
  resource: Resource;
  operation: OperationName;
  label: string;
  description: string;
  /** The fields this operation shows, in display order (resource and operation are always shown). */
  fields: OperationFieldUse[];
  outputs: OutputName[];
  /** The Intercom endpoint, with `{name}` placeholders for path ids. */
  method: HttpMethod;
  path: string;
  /** The operationId in Intercom's OpenAPI description. */
  operationId: string;
  /** Writes are never retried once the request may have reached Intercom. */
  write: boolean;
}

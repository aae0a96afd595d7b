import type { FieldName } from '../types.js';

/** How a field is edited; `code` fields hold JSON text. */
export type FieldKind = 'select' | 'text' | 'textarea' | 'number' | 'code';

/** Which JSON Schema a code field is checked against. */
export type JsonFieldSchemaId = 'customAttributes' | 'searchQuery' | 'ticket';

/** A literal text's format, checked by validation (a reference is checked only once resolved). */
export type TextFormat = 'email' | 'phone' | 'id';

export interface FieldOption {
  value: string;
  label: string;
}

/** One field of the block, declared once; operations say where it shows and whether it is required. */
export interface FieldDefinition {
  name: FieldName;
  kind: FieldKind;
  label: string;
  help: string;
  placeholder?: string;
  default?: string | number;
  /** Whether `<StepName.path>` references are accepted in this field. */
  acceptsReferences: boolean;
  /** For selects with fixed options. The operation select's options come from the operation table. */
  options?: FieldOption[];
  /** For code fields: the JSON Schema the value is checked against. */
  schema?: JsonFieldSchemaId;
  /** For text fields: the format a literal value must have. */
  format?: TextFormat;
  /** For number fields. */
  min?: number;
  max?: number;
  /** A picker the editor may offer when the proxy is connected. */
  picker?: 'admins';
}

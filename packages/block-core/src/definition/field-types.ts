/** How a field is edited; `code` fields hold JSON text. */
export type FieldKind = 'select' | 'text' | 'textarea' | 'number' | 'code';

/** Which JSON Schema a code field is checked against. */
export type JsonFieldSchemaId = 'customAttributes' | 'searchQuery' | 'conversationSearchQuery' | 'ticketSearchQuery' | 'ticket' | 'ticketAttributes';

/** A literal text's format, checked by validation (a reference is checked only once resolved). */
export type TextFormat = 'email' | 'phone' | 'id';

/** The workspace lists a field can offer as a picker when the proxy is connected. */
export type PickerKind = 'admins' | 'teams' | 'assignees' | 'tags' | 'ticketTypes' | 'ticketStates';

/** A picker whose list depends on another field's value (e.g. admins or teams by `assigneeType`). */
export interface PickerByField {
  by: string;
  kinds: Readonly<Record<string, PickerKind>>;
}

/** Which picker a field offers: one list, or one chosen by another field's value. */
export type PickerUse = PickerKind | PickerByField;

export interface FieldOption {
  value: string;
  label: string;
}

/** One field of the block, declared once; operations say where it shows and whether it is required. */
export interface FieldDefinition {
  name: string;
  kind: FieldKind;
  label: string;
  help: string;
  placeholder?: string;
  default?: string | number;
  /** Whether `<StepName.path>` references are accepted in this field. */
  acceptsReferences: boolean;
  /** For selects with fixed options. The resource and operation selects' options come from the operation table. */
  options?: readonly FieldOption[];
  /** For selects of an update: the option that leaves the value as it is (sends nothing, and is no change). */
  noChange?: string;
  /** For code fields: the JSON Schema the value is checked against (an operation may choose another). */
  schema?: JsonFieldSchemaId;
  /** For text fields: the format a literal value must have. */
  format?: TextFormat;
  /** For number fields: whole numbers within these bounds, read by validation, requests and the number input. */
  min?: number;
  max?: number;
  /** A picker the editor offers when the proxy is connected (an operation may choose another). */
  picker?: PickerUse;
}

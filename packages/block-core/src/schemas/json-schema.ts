/** JSON types a draft-07 schema can name. */
export type JsonSchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** A Monaco completion snippet offered where a value goes (VS Code's `defaultSnippets` extension). */
export interface JsonSchemaSnippet {
  label: string;
  description?: string;
  body: unknown;
}

/**
 * A draft-07 JSON Schema as this package writes them, plus the editor extensions Monaco's JSON language
 * service reads (`enumDescriptions`, `markdownDescription`, `defaultSnippets`, `errorMessage`).
 */
export interface JsonSchema {
  $schema?: string;
  $comment?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: JsonSchemaType | JsonSchemaType[];
  enum?: (string | number | boolean | null)[];
  /** One description per `enum` value, shown on completion and hover. */
  enumDescriptions?: string[];
  const?: string | number | boolean | null;
  default?: unknown;
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  minProperties?: number;
  maxProperties?: number;
  items?: JsonSchema;
  contains?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  not?: JsonSchema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  defaultSnippets?: JsonSchemaSnippet[];
  /** A plain-language message for a value that fails here (read by Monaco and by validateConfig). */
  errorMessage?: string;
}

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** Freezes a schema and everything in it, so the shared schema objects cannot be changed by a consumer. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

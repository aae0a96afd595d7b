import { deepFreeze, type JsonSchema } from './json-schema.js';
import { orReference } from './reference-string.js';
import {
  createTicketSchema,
  defaultTicketAttributes,
  ticketAttributesDescription,
  ticketAttributeValueSchema,
} from './ticket-schema.js';

/** One attribute of a ticket type, as Intercom lists it (`ticket_type_attribute`). */
export interface TicketTypeAttributeInfo {
  name: string;
  /** string, list, integer, decimal, boolean, datetime or files. */
  data_type: string;
  required_to_create: boolean;
  description?: string;
  /** For list attributes, the list items (e.g. `{ list_options: [{ id, label }] }`). */
  input_options?: unknown;
}

/** A ticket type of the workspace, as the proxy's `/v1/intercom/ticket-types` returns it. */
export interface TicketTypeInfo {
  id: string;
  name: string;
  attributes: TicketTypeAttributeInfo[];
}

/** One item of a list attribute: the id to send, and the label people see. */
export interface TicketListOption {
  id: string;
  label?: string;
}

/**
 * The items of a list attribute, from its `input_options` (`{ list_options: [{ id, label }] }`, or a bare
 * array of items or ids). Archived items are left out.
 * @returns the items, or undefined when the options do not say
 * @example listOptionsOf({ list_options: [{ id: 'a1', label: 'High' }] }) // [{ id: 'a1', label: 'High' }]
 */
export function listOptionsOf(inputOptions: unknown): TicketListOption[] | undefined {
  const list = Array.isArray(inputOptions) ? inputOptions : optionArrayIn(inputOptions);
  if (!list) return undefined;
  const options: TicketListOption[] = [];
  for (const item of list) {
    if (typeof item === 'string' || typeof item === 'number') options.push({ id: String(item) });
    else if (item && typeof item === 'object') {
      const entry = item as Record<string, unknown>;
      if (entry.archived === true) continue;
      if (typeof entry.id !== 'string' && typeof entry.id !== 'number') continue;
      const label = entry.label ?? entry.name ?? entry.value;
      options.push(typeof label === 'string' ? { id: String(entry.id), label } : { id: String(entry.id) });
    }
  }
  return options.length > 0 ? options : undefined;
}

function optionArrayIn(inputOptions: unknown): unknown[] | undefined {
  if (!inputOptions || typeof inputOptions !== 'object') return undefined;
  const record = inputOptions as Record<string, unknown>;
  const found = record.list_options ?? record.options;
  return Array.isArray(found) ? found : undefined;
}

const kindOf: Record<string, string> = {
  string: 'text',
  list: 'list item id',
  integer: 'whole number',
  decimal: 'number',
  boolean: 'true or false',
  datetime: 'date: UNIX timestamp in seconds',
  files: 'list of files',
};

/**
 * The schema of one ticket type attribute's value, from its `data_type`: string and datetime take text (and
 * datetime a UNIX timestamp), integer and decimal numbers, boolean true/false, files a list, and list the id
 * of one of its items. A reference string is accepted too.
 */
export function ticketAttributeSchema(attribute: TicketTypeAttributeInfo): JsonSchema {
  const kind = kindOf[attribute.data_type];
  const about = [attribute.description?.trim(), kind && `(${kind}${attribute.required_to_create ? ', required' : ''})`]
    .filter(Boolean)
    .join(' ');
  const description = about || `Ticket attribute ${attribute.name}.`;
  switch (attribute.data_type) {
    case 'string':
      return { type: 'string', description };
    case 'datetime':
      return { type: ['integer', 'string'], description };
    case 'integer':
      return orReference({ type: 'integer', description });
    case 'decimal':
      return orReference({ type: 'number', description });
    case 'boolean':
      return orReference({ type: 'boolean', description });
    case 'files':
      return orReference({ type: 'array', description });
    case 'list': {
      const options = listOptionsOf(attribute.input_options);
      if (!options) return { type: 'string', description };
      return orReference({
        type: 'string',
        description,
        enum: options.map((option) => option.id),
        enumDescriptions: options.map((option) => option.label ?? option.id),
        // Completion offers each item by its label ("High"), inserting its id.
        defaultSnippets: options.map((option) => ({ label: option.label ?? option.id, description: `List item ${option.id}`, body: option.id })),
      });
    }
    default:
      return { ...ticketAttributeValueSchema, description };
  }
}

/** The `ticket_attributes` schema of one ticket type: its attributes, the required ones required, no others. */
export function ticketAttributesSchemaForType(ticketType: TicketTypeInfo): JsonSchema {
  const properties: Record<string, JsonSchema> = { ...defaultTicketAttributes };
  for (const attribute of ticketType.attributes) properties[attribute.name] = ticketAttributeSchema(attribute);
  const required = requiredAttributeNames(ticketType);
  return {
    type: 'object',
    description: `${ticketAttributesDescription} Attributes of "${ticketType.name}": ${Object.keys(properties).join(', ')}.`,
    properties,
    ...(required.length > 0 && { required }),
    additionalProperties: false,
  };
}

/** The attributes a ticket of this type needs to be created. */
export function requiredAttributeNames(ticketType: TicketTypeInfo): string[] {
  return ticketType.attributes.filter((attribute) => attribute.required_to_create).map((attribute) => attribute.name);
}

/**
 * The Create Ticket body schema for one ticket type: `ticket_type_id` is that type's id, `ticket_attributes`
 * lists its attributes with JSON types from their `data_type`, and `required_to_create` attributes are required.
 * @param ticketType a ticket type from the proxy's ticket-types endpoint
 * @returns a draft-07 schema for Monaco and for validation
 * @example ticketSchemaForType({ id: '7', name: 'Bug', attributes: [] }).properties?.ticket_type_id
 */
export function ticketSchemaForType(ticketType: TicketTypeInfo): JsonSchema {
  const required = requiredAttributeNames(ticketType).length > 0 ? ['ticket_attributes'] : [];
  return deepFreeze(
    createTicketSchema(
      orReference({
        type: 'string',
        description: `The ticket type: "${ticketType.name}".`,
        enum: [ticketType.id],
        enumDescriptions: [ticketType.name],
      }),
      ticketAttributesSchemaForType(ticketType),
      required,
    ),
  );
}

/**
 * The Create Ticket body schema for a workspace's ticket types: `ticket_type_id` completes to their ids, and
 * once one is chosen `ticket_attributes` follows that type (an `if`/`then` per type).
 * @example ticketSchemaForTypes(types).properties?.ticket_type_id // enum of the type ids, with names
 */
export function ticketSchemaForTypes(ticketTypes: readonly TicketTypeInfo[]): JsonSchema {
  const base = createTicketSchema(
    orReference({
      type: 'string',
      description: 'The ID of the ticket type to create.',
      enum: ticketTypes.map((ticketType) => ticketType.id),
      enumDescriptions: ticketTypes.map((ticketType) => ticketType.name),
    }),
    {
      type: 'object',
      description: ticketAttributesDescription,
      properties: defaultTicketAttributes,
      additionalProperties: ticketAttributeValueSchema,
    },
  );
  base.allOf = ticketTypes.map((ticketType) => ({
    if: { properties: { ticket_type_id: { const: ticketType.id } }, required: ['ticket_type_id'] },
    then: {
      properties: { ticket_attributes: orReference(ticketAttributesSchemaForType(ticketType)) },
      ...(requiredAttributeNames(ticketType).length > 0 && { required: ['ticket_attributes'] }),
    },
  }));
  return deepFreeze(base);
}

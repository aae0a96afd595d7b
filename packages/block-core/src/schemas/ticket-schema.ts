import { DRAFT_07, deepFreeze, type JsonSchema } from './json-schema.js';
import { orReference } from './reference-string.js';

/** The ways Intercom accepts to name the ticket's contact; exactly one is given. */
export const ticketContactKeys = ['id', 'external_id', 'email'] as const;

export const ticketContactSchema: JsonSchema = {
  type: 'object',
  title: 'Contact',
  description: 'The contact the ticket is for, given by exactly one of id, external_id or email.',
  properties: {
    id: { type: 'string', description: 'The Intercom ID of the contact.' },
    external_id: { type: 'string', description: 'The ID your own system gave the contact.' },
    email: {
      type: 'string',
      description: 'The email of the contact. If no contact has this email, Intercom creates one.',
    },
  },
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
  defaultSnippets: [
    { label: 'Contact by ID', body: { id: '' } },
    { label: 'Contact by external ID', body: { external_id: '' } },
    { label: 'Contact by email', body: { email: '' } },
  ],
};

/** Any ticket attribute value Intercom accepts (`ticket_request_custom_attributes`). */
export const ticketAttributeValueSchema: JsonSchema = {
  description: 'The attribute value: text, a number, true or false, null, or a list. For a list attribute, give the id of the list item.',
  type: ['string', 'number', 'boolean', 'null', 'array'],
};

/** The attributes every ticket type has. */
export const defaultTicketAttributes: Record<string, JsonSchema> = {
  _default_title_: { type: 'string', description: "The ticket's title." },
  _default_description_: { type: 'string', description: "The ticket's description." },
};

export const ticketAttributesDescription =
  'The ticket attributes, by attribute name. Title and description are _default_title_ and _default_description_; for a list attribute, give the id of the list item.';

/** Builds a Create Ticket body schema around the given `ticket_type_id` and `ticket_attributes` schemas. */
export function createTicketSchema(ticketTypeId: JsonSchema, ticketAttributes: JsonSchema, required: string[] = []): JsonSchema {
  return {
    $schema: DRAFT_07,
    title: 'Create ticket request',
    description: "The body of Intercom's Create Ticket request: the ticket type, its one contact, and its attributes.",
    type: 'object',
    properties: {
      ticket_type_id: ticketTypeId,
      contacts: orReference({
        type: 'array',
        description: 'The contact the ticket is for. Intercom accepts exactly one: [{"id": ...}], [{"external_id": ...}] or [{"email": ...}].',
        minItems: 1,
        maxItems: 1,
        items: orReference(ticketContactSchema),
      }),
      ticket_attributes: orReference(ticketAttributes),
      conversation_to_link_id: {
        type: 'string',
        description: 'The ID of a conversation to link to the ticket (for back-office and tracker tickets).',
      },
      company_id: { type: 'string', description: 'The Intercom ID of the company the ticket is about.' },
      created_at: orReference({
        type: 'integer',
        description: 'When the ticket was created, as a UNIX timestamp in seconds. Defaults to now.',
      }),
      assignment: orReference({
        type: 'object',
        description: 'Who the ticket is assigned to. Left out, the ticket is unassigned.',
        properties: {
          admin_assignee_id: { type: 'string', description: 'The ID of the admin to assign the ticket to.' },
          team_assignee_id: { type: 'string', description: 'The ID of the team to assign the ticket to.' },
        },
        additionalProperties: false,
      }),
      skip_notifications: orReference({
        type: 'boolean',
        description: 'true to create the ticket without notifying the contact or teammates.',
      }),
    },
    required: ['ticket_type_id', 'contacts', ...required],
    additionalProperties: false,
    defaultSnippets: [
      {
        label: 'Ticket for a contact',
        body: {
          ticket_type_id: '',
          contacts: [{ id: '' }],
          ticket_attributes: { _default_title_: '', _default_description_: '' },
        },
      },
    ],
  };
}

/** The body of Intercom's Create Ticket request (`create_ticket_request` + `skip_notifications`, 2.16). */
export const ticketSchema: JsonSchema = deepFreeze(
  createTicketSchema(
    { type: 'string', description: 'The ID of the ticket type to create, as text (e.g. "12").' },
    {
      type: 'object',
      description: ticketAttributesDescription,
      properties: defaultTicketAttributes,
      additionalProperties: ticketAttributeValueSchema,
    },
  ),
);

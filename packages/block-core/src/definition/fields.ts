import type { FieldDefinition } from './field-types.js';
import { DEFAULT_MAX_RESULTS, DEFAULT_PER_PAGE, MAX_FETCH_ALL_RESULTS, MAX_PER_PAGE } from './limits.js';

const idHelp = (what: string) =>
  `Intercom ${what} ID to act on. Use a literal ID or <StepName.field> to reference an ID from a previous step.`;

/**
 * The field table, with the reference doc's names, types, defaults and descriptions. Keys are the field names
 * (`FieldName` derives from them); `name` repeats the key. The help leaves the default out: it depends on the
 * operation (`visibleFields`), and the editor states it from there.
 */
const fields = {
  resource: {
    name: 'resource',
    kind: 'select',
    label: 'Resource',
    help: 'Which Intercom resource to work with.',
    default: 'contact',
    acceptsReferences: false,
  },
  operation: {
    name: 'operation',
    kind: 'select',
    label: 'Operation',
    help: 'Which action to perform on the selected resource.',
    acceptsReferences: false,
  },
  role: {
    name: 'role',
    kind: 'select',
    label: 'Role',
    help: 'Intercom contact role: User (an identified, signed-up person) or Lead (an unidentified prospect).',
    default: 'user',
    acceptsReferences: false,
    options: [
      { value: 'user', label: 'User' },
      { value: 'lead', label: 'Lead' },
    ],
  },
  email: {
    name: 'email',
    kind: 'text',
    label: 'Email',
    help: 'Email address for the Intercom contact. Accepts literal text or <StepName.field> to reference a value from a previous step.',
    placeholder: 'jane@example.com',
    format: 'email',
    acceptsReferences: true,
  },
  name: {
    name: 'name',
    kind: 'text',
    label: 'Name',
    help: 'Display name for the Intercom contact. Accepts literal text or <StepName.field>.',
    acceptsReferences: true,
  },
  phone: {
    name: 'phone',
    kind: 'text',
    label: 'Phone',
    help: 'Optional phone number for the contact, in E.164 format (for example +14155550123). Accepts literal text or <StepName.field>.',
    placeholder: '+14155550123',
    format: 'phone',
    acceptsReferences: true,
  },
  customAttributesJson: {
    name: 'customAttributesJson',
    kind: 'code',
    label: 'Custom attributes',
    help: 'Optional JSON object of custom data attributes to set on the contact (e.g. {"plan":"pro"}). Keys must match custom attributes defined in your Intercom workspace.',
    acceptsReferences: true,
    schema: 'customAttributes',
  },
  contactId: {
    name: 'contactId',
    kind: 'text',
    label: 'Contact ID',
    help: idHelp('contact'),
    format: 'id',
    acceptsReferences: true,
  },
  externalId: {
    name: 'externalId',
    kind: 'text',
    label: 'External ID',
    help: 'The contact’s external_id: your own user ID for them, as your app sent it to Intercom. Use a literal ID or <StepName.field>.',
    format: 'id',
    acceptsReferences: true,
  },
  perPage: {
    name: 'perPage',
    kind: 'number',
    label: 'Per page',
    help: `Number of results to return per page from Intercom, from 1 to ${MAX_PER_PAGE}.`,
    default: DEFAULT_PER_PAGE,
    acceptsReferences: false,
    min: 1,
    max: MAX_PER_PAGE,
  },
  startingAfter: {
    name: 'startingAfter',
    kind: 'text',
    label: 'Starting after',
    help: 'Optional cursor from a previous page (pages.next.starting_after) to fetch the next page.',
    acceptsReferences: true,
  },
  fetchAll: {
    name: 'fetchAll',
    kind: 'select',
    label: 'Fetch every page',
    help: "Yes follows Intercom's pages to the end (or up to Max results) and outputs every item with the last page's pages; No returns one page.",
    default: 'no',
    acceptsReferences: false,
    options: [
      { value: 'no', label: 'No, one page' },
      { value: 'yes', label: 'Yes, every page' },
    ],
  },
  maxResults: {
    name: 'maxResults',
    kind: 'number',
    label: 'Max results',
    help: `The most items to fetch over all pages, from 1 to ${MAX_FETCH_ALL_RESULTS.toLocaleString('en-US')}; the run stops there even in the middle of a page.`,
    default: DEFAULT_MAX_RESULTS,
    acceptsReferences: false,
    min: 1,
    max: MAX_FETCH_ALL_RESULTS,
  },
  queryJson: {
    name: 'queryJson',
    kind: 'code',
    label: 'Search query',
    help: 'Intercom Search Contacts API request body as JSON, using a query object with field, operator, and value (and optional nested AND/OR groups).',
    acceptsReferences: true,
    schema: 'searchQuery',
  },
  conversationId: {
    name: 'conversationId',
    kind: 'text',
    label: 'Conversation ID',
    help: idHelp('conversation'),
    format: 'id',
    acceptsReferences: true,
  },
  message: {
    name: 'message',
    kind: 'textarea',
    label: 'Message',
    help: 'Reply text to post to the Intercom conversation. Use literal text or <StepName.field> to reference upstream content such as a generated reply.',
    acceptsReferences: true,
  },
  replyType: {
    name: 'replyType',
    kind: 'select',
    label: 'Reply type',
    help: 'Comment is visible to the customer; Note is internal to your team.',
    default: 'comment',
    acceptsReferences: false,
    options: [
      { value: 'comment', label: 'Comment' },
      { value: 'note', label: 'Note' },
    ],
  },
  adminId: {
    name: 'adminId',
    kind: 'text',
    label: 'Reply as admin',
    help: 'Intercom admin ID to reply as. Leave empty to reply as the admin the integration is connected as.',
    acceptsReferences: true,
    picker: 'admins',
  },
  snoozedUntil: {
    name: 'snoozedUntil',
    kind: 'text',
    label: 'Snooze until',
    help: 'When the snooze ends: an ISO 8601 date-time with its offset (2030-12-24T09:00:00+01:00) or Unix seconds. It must be in the future. Accepts <StepName.field>.',
    placeholder: '2030-12-24T09:00:00+01:00',
    acceptsReferences: true,
  },
  assigneeType: {
    name: 'assigneeType',
    kind: 'select',
    label: 'Assign to',
    help: 'Whether the conversation goes to an admin or to a team.',
    default: 'admin',
    acceptsReferences: false,
    options: [
      { value: 'admin', label: 'Admin' },
      { value: 'team', label: 'Team' },
    ],
  },
  assigneeId: {
    name: 'assigneeId',
    kind: 'text',
    label: 'Assignee',
    help: 'The admin or team to assign to (by Assign to); 0 unassigns. Use an ID or <StepName.field>.',
    acceptsReferences: true,
    picker: { by: 'assigneeType', kinds: { admin: 'admins', team: 'teams' } },
  },
  tagId: {
    name: 'tagId',
    kind: 'text',
    label: 'Tag',
    help: 'The workspace tag to add or remove. Use a tag ID or <StepName.field>.',
    format: 'id',
    acceptsReferences: true,
    picker: 'tags',
  },
  ticketJson: {
    name: 'ticketJson',
    kind: 'code',
    label: 'Ticket',
    help: 'Intercom Create Ticket API request body as JSON, including ticket_type_id, the associated contacts, and ticket attributes such as _default_title_.',
    acceptsReferences: true,
    schema: 'ticket',
    picker: 'ticketTypes',
  },
  ticketId: {
    name: 'ticketId',
    kind: 'text',
    label: 'Ticket ID',
    help: 'Intercom ticket ID to fetch. Use a literal ID or <StepName.field> to reference an ID from a previous step.',
    format: 'id',
    acceptsReferences: true,
  },
  ticketStateId: {
    name: 'ticketStateId',
    kind: 'text',
    label: 'Ticket state',
    help: "The state to move the ticket to: one of its ticket type's states. Use a state ID or <StepName.field>.",
    format: 'id',
    acceptsReferences: true,
    picker: 'ticketStates',
  },
  ticketAttributesJson: {
    name: 'ticketAttributesJson',
    kind: 'code',
    label: 'Ticket attributes',
    help: 'JSON object of ticket attributes to change, by name (e.g. {"_default_title_": "Export fails"}). Names and values follow the ticket type\'s attributes.',
    acceptsReferences: true,
    schema: 'ticketAttributes',
  },
  ticketOpen: {
    name: 'ticketOpen',
    kind: 'select',
    label: 'Open or closed',
    help: 'Opens or closes the ticket; Unchanged leaves it as it is. Closing a ticket also unsnoozes it.',
    default: 'unchanged',
    noChange: 'unchanged',
    acceptsReferences: false,
    options: [
      { value: 'unchanged', label: 'Unchanged' },
      { value: 'open', label: 'Open' },
      { value: 'closed', label: 'Closed' },
    ],
  },
  awayMode: {
    name: 'awayMode',
    kind: 'select',
    label: 'Away mode',
    help: 'On sets the admin away; Off sets them back.',
    acceptsReferences: false,
    options: [
      { value: 'on', label: 'On' },
      { value: 'off', label: 'Off' },
    ],
  },
  awayReassign: {
    name: 'awayReassign',
    kind: 'select',
    label: 'Reassign while away',
    help: "Yes sends replies to the admin's conversations to the workspace's main inbox while they are away.",
    default: 'no',
    acceptsReferences: false,
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
} satisfies Record<string, FieldDefinition>;

/** Names of the block's fields; the reference doc's names are kept exactly. */
export type FieldName = keyof typeof fields;

/** Every field of the Intercom block, with the reference doc's names, types, defaults and descriptions. */
export const intercomFields: Readonly<Record<FieldName, FieldDefinition>> = fields;

/** The kind each field is edited as, by name (for the config's value types). */
export type FieldKindOf<Name extends FieldName> = (typeof fields)[Name]['kind'];

import { field, type SearchableField } from './search-fields.js';

/**
 * Every standard field the Search Tickets API accepts (2.16, "Accepted Fields"); a ticket attribute goes as
 * `ticket_attribute.<id>`. Unlike conversations, the title and description are `title`/`description` (not
 * `_default_title_`), the state is `state` (not `ticket_state_id`), and assignee ids are strings.
 */
export const searchableTicketFields: readonly SearchableField[] = [
  field('id', 'string', "The ticket's internal ID."),
  field('created_at', 'date', 'When the ticket was created.'),
  field('updated_at', 'date', 'When the ticket last changed.'),
  field('title', 'string', "The ticket's title (its _default_title_ attribute)."),
  field('description', 'string', "The ticket's description (its _default_description_ attribute)."),
  field('category', 'string', 'request (Customer tickets), task (Back-office) or tracker (Tracker): not the category names.'),
  field('ticket_type_id', 'string', 'The ID of the ticket type.'),
  field('contact_ids', 'list', 'The ID of a contact on the ticket.'),
  field('teammate_ids', 'list', 'The ID of an admin who took part in the ticket.'),
  field('admin_assignee_id', 'string', 'The ID of the assigned admin, as text; "0" means assigned to no admin.'),
  field('team_assignee_id', 'string', 'The ID of the assigned team, as text; "0" means assigned to no team.'),
  field('open', 'boolean', 'Whether the ticket is open (true) or closed (false).'),
  field('state', 'string', "The ticket state's category: submitted, in_progress, waiting_on_customer or resolved."),
  field('snoozed_until', 'date', 'When a snoozed ticket reopens.'),
];

/** Ticket attributes are searched as `ticket_attribute.<id>` (the attribute's ID in its ticket type). */
export const TICKET_ATTRIBUTE_FIELD_PATTERN = '^ticket_attribute\\.[^.]+$';

import { parseReferences } from '../references/parse-references.js';
import { isReferenceString } from '../schemas/reference-string.js';
import { ticketContactKeys } from '../schemas/ticket-schema.js';
import { listOptionsOf, type TicketTypeInfo } from '../schemas/ticket-type.js';
import { closestName } from './closest-name.js';
import type { JsonPathSegment } from './json-path.js';
import type { JsonProblem } from './json-problem.js';
import { checkEmail } from './text-rules.js';
import { quoteValue } from '../text/quote.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const has = (object: Json, key: string) => Object.prototype.hasOwnProperty.call(object, key);
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const contactExample = '{"id": ...}, {"external_id": ...} or {"email": ...}';

/**
 * Intercom's Create Ticket rules: a `ticket_type_id` (text), exactly one contact given as {id}, {external_id}
 * or {email}; and with the workspace's ticket types known, a ticket type that exists and its
 * `required_to_create` attributes present.
 * @param body the parsed Create Ticket body (an object)
 * @param ticketTypes the workspace's ticket types, when the proxy listed them
 */
export function checkTicketBody(body: Json, ticketTypes?: readonly TicketTypeInfo[]): JsonProblem[] {
  const problems: JsonProblem[] = [];
  const ticketType = checkTicketTypeId(body, ticketTypes, problems);
  checkContacts(body, problems);
  if (ticketType) checkTicketAttributes(body, ticketType, problems);
  return problems;
}

/**
 * The ticket type a body names, when the workspace's types are known and the id is literal text.
 */
export function findTicketType(body: unknown, ticketTypes: readonly TicketTypeInfo[] | undefined): TicketTypeInfo | undefined {
  if (!ticketTypes || !isObject(body) || typeof body.ticket_type_id !== 'string') return undefined;
  const id = body.ticket_type_id;
  return ticketTypes.find((ticketType) => ticketType.id === id);
}

function checkTicketTypeId(body: Json, ticketTypes: readonly TicketTypeInfo[] | undefined, problems: JsonProblem[]): TicketTypeInfo | undefined {
  const at = ['ticket_type_id'];
  const available = ticketTypes ? ` ${typeList(ticketTypes)}` : '';
  if (!has(body, 'ticket_type_id')) {
    problems.push({ path: at, target: 'missing', code: 'required', message: `Add "ticket_type_id": the ID of the ticket type to create, as text.${available}` });
    return undefined;
  }
  const id = body.ticket_type_id;
  if (typeof id === 'number') {
    problems.push({ path: at, target: 'value', code: 'ticket_type_id_not_text', message: `ticket_type_id must be text: write it in quotes, "${id}".` });
    return undefined;
  }
  if (typeof id !== 'string' || isReferenceString(id)) return undefined;
  if (!id.trim()) {
    problems.push({ path: at, target: 'value', code: 'required', message: `ticket_type_id is empty: give the ID of the ticket type to create.${available}` });
    return undefined;
  }
  if (!ticketTypes) return undefined;
  const found = findTicketType(body, ticketTypes);
  if (!found) {
    problems.push({
      path: at,
      target: 'value',
      code: 'unknown_ticket_type',
      message: `There is no ticket type with ID ${quoteValue(id)} in this Intercom workspace.${available}`,
    });
  }
  return found;
}

function typeList(ticketTypes: readonly TicketTypeInfo[]): string {
  if (ticketTypes.length === 0) return 'The workspace has no ticket types yet: create one in Intercom first.';
  return `Use one of: ${ticketTypes.map((ticketType) => `"${ticketType.id}" (${ticketType.name})`).join(', ')}.`;
}

function checkContacts(body: Json, problems: JsonProblem[]): void {
  const at = ['contacts'];
  if (!has(body, 'contacts')) {
    problems.push({
      path: at,
      target: 'missing',
      code: 'required',
      message: 'Add "contacts" with the one contact the ticket is for, such as [{"id": "<Trigger.contact.id>"}].',
    });
    return;
  }
  const contacts = body.contacts;
  if (isReferenceString(contacts)) return;
  if (isObject(contacts)) {
    problems.push({
      path: at,
      target: 'value',
      code: 'contacts_not_list',
      message: 'contacts must be a list: wrap the contact in square brackets, [{...}].',
      coversInside: true,
    });
    return;
  }
  if (!Array.isArray(contacts)) return;
  if (contacts.length === 0) {
    problems.push({ path: at, target: 'value', code: 'no_contact', message: `contacts is empty: add the contact the ticket is for, as ${contactExample}.` });
    return;
  }
  if (contacts.length > 1) {
    problems.push({
      path: at,
      target: 'value',
      code: 'too_many_contacts',
      message: `Intercom accepts exactly one contact per ticket, and this list has ${contacts.length}. Keep one.`,
    });
  }
  contacts.forEach((contact, i) => checkContact(contact, ['contacts', i], problems));
}

function checkContact(contact: unknown, at: JsonPathSegment[], problems: JsonProblem[]): void {
  if (!isObject(contact)) return;
  const keys = Object.keys(contact);
  const known = keys.filter((key) => (ticketContactKeys as readonly string[]).includes(key));
  for (const key of keys.filter((k) => !known.includes(k))) {
    const guess = closestName(key, ticketContactKeys);
    problems.push({
      path: [...at, key],
      target: 'key',
      code: 'unknown_contact_key',
      message: `${quoteValue(key)} is not a way to name the contact.${guess ? ` Did you mean "${guess}"?` : ''} Use id, external_id or email.`,
    });
  }
  if (known.length > 1) {
    problems.push({
      path: at,
      target: 'value',
      code: 'contact_identifiers_conflict',
      message: `Give the contact by only one of id, external_id or email; this one has ${known.join(' and ')}.`,
      coversInside: true,
    });
  } else if (keys.length === 0) {
    problems.push({ path: at, target: 'value', code: 'contact_identifier_missing', message: `Name the contact as ${contactExample}.` });
  }
  // A literal email is checked as the email field is; one holding a reference is checked once resolved.
  const email = contact.email;
  if (typeof email === 'string' && email.trim() !== '' && parseReferences(email).length === 0) {
    const issue = checkEmail(email);
    if (issue) problems.push({ path: [...at, 'email'], target: 'value', code: issue.code, message: issue.message });
  }
}

function checkTicketAttributes(body: Json, ticketType: TicketTypeInfo, problems: JsonProblem[]): void {
  const attributes = body.ticket_attributes;
  if (isReferenceString(attributes)) return;
  if (has(body, 'ticket_attributes') && !isObject(attributes)) return; // the schema says it must be an object
  checkAttributeValues(isObject(attributes) ? attributes : {}, ticketType, ['ticket_attributes'], problems, { forCreate: true });
}

/**
 * A ticket type's rules on attribute values: list items by id (a label is pointed to its id), no attribute the
 * type lacks, and for a new ticket (`forCreate`) its `required_to_create` ones present.
 * @param given the attributes, by name
 * @param at the JSON path of the attributes object (`['ticket_attributes']` in a Create Ticket body, `[]` for an update's)
 */
export function checkAttributeValues(given: Json, ticketType: TicketTypeInfo, at: JsonPathSegment[], problems: JsonProblem[], { forCreate }: { forCreate: boolean }): void {
  const where = forCreate ? ' in ticket_attributes' : '';
  for (const attribute of ticketType.attributes) {
    const path = [...at, attribute.name];
    const value = given[attribute.name];
    if (forCreate && attribute.required_to_create && isBlank(value)) {
      problems.push({
        path,
        target: has(given, attribute.name) ? 'value' : 'missing',
        code: 'missing_ticket_attribute',
        message: `Ticket type "${ticketType.name}" needs "${attribute.name}"${where}${attribute.description ? ` (${attribute.description})` : ''}. Add it.`,
      });
    } else if (attribute.data_type === 'list' && typeof value === 'string' && !isReferenceString(value)) {
      checkListItem(ticketType, attribute.name, attribute.input_options, value, path, problems);
    }
  }
  const names = new Set(['_default_title_', '_default_description_', ...ticketType.attributes.map((attribute) => attribute.name)]);
  for (const key of Object.keys(given).filter((name) => !names.has(name))) {
    const guess = closestName(key, [...names]) ?? defaultFor(key);
    problems.push({
      path: [...at, key],
      target: 'key',
      code: 'unknown_ticket_attribute',
      message: `Ticket type "${ticketType.name}" has no attribute ${quoteValue(key)}.${guess ? ` Did you mean "${guess}"?` : ''} Its attributes are: ${[...names].join(', ')}.`,
    });
  }
}

/** People write `title` and `description`; Intercom's keys are `_default_title_` and `_default_description_`. */
function defaultFor(key: string): string | undefined {
  const lower = key.toLowerCase();
  if (lower === 'title') return '_default_title_';
  if (lower === 'description') return '_default_description_';
  return undefined;
}

function checkListItem(
  ticketType: TicketTypeInfo,
  name: string,
  inputOptions: unknown,
  value: string,
  at: JsonPathSegment[],
  problems: JsonProblem[],
): void {
  const options = listOptionsOf(inputOptions);
  if (!options || options.some((option) => option.id === value)) return;
  const byLabel = options.find((option) => option.label !== undefined && option.label.toLowerCase() === value.trim().toLowerCase());
  const list = options.map((option) => (option.label ? `"${option.id}" (${option.label})` : `"${option.id}"`)).join(', ');
  problems.push({
    path: at,
    target: 'value',
    code: 'invalid_list_item',
    message: byLabel
      ? `"${name}" takes the id of a list item, not its label: use "${byLabel.id}" for ${byLabel.label ?? value}.`
      : `${quoteValue(value)} is not an item of the list attribute "${name}" of ticket type "${ticketType.name}". Use the id of one of: ${list}.`,
  });
}

import type { AdminSummary, DataAttributeInfo, TagSummary, TeamSummary, TicketStateSummary, TicketTypeInfo } from '@workflow-blocks/block-core';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);
const idText = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/**
 * Reads `GET /ticket_types` (`ticket_type_list`) into what the editor's ticket picker and schema need.
 * Archived types and attributes are left out: a new ticket cannot use them.
 * @returns the ticket types, or undefined when the body is not a ticket type list.
 */
export function toTicketTypes(body: unknown): TicketTypeInfo[] | undefined {
  if (!isObject(body) || !Array.isArray(body.data)) return undefined;
  const types: TicketTypeInfo[] = [];
  for (const raw of body.data as unknown[]) {
    if (!isObject(raw) || raw.archived === true) continue;
    const id = idText(raw.id);
    if (id === undefined) continue;
    const attributeList = isObject(raw.ticket_type_attributes) ? raw.ticket_type_attributes.data : undefined;
    const attributes: TicketTypeInfo['attributes'] = [];
    for (const attribute of Array.isArray(attributeList) ? (attributeList as unknown[]) : []) {
      if (!isObject(attribute) || attribute.archived === true || typeof attribute.name !== 'string') continue;
      attributes.push({
        name: attribute.name,
        data_type: typeof attribute.data_type === 'string' ? attribute.data_type : 'string',
        required_to_create: attribute.required_to_create === true,
        ...(typeof attribute.description === 'string' && attribute.description !== '' ? { description: attribute.description } : {}),
        ...(attribute.input_options === undefined || attribute.input_options === null ? {} : { input_options: attribute.input_options }),
      });
    }
    types.push({ id, name: typeof raw.name === 'string' ? raw.name : id, attributes });
  }
  return types;
}

/**
 * Reads `GET /admins` (`admin_list`) into the reply-as-admin picker's entries.
 * @returns the admins, or undefined when the body is not an admin list.
 */
export function toAdminSummaries(body: unknown): AdminSummary[] | undefined {
  if (!isObject(body) || !Array.isArray(body.admins)) return undefined;
  const admins: AdminSummary[] = [];
  for (const raw of body.admins as unknown[]) {
    if (!isObject(raw)) continue;
    const id = idText(raw.id);
    if (id === undefined) continue;
    admins.push({
      id,
      name: typeof raw.name === 'string' && raw.name !== '' ? raw.name : id,
      ...(typeof raw.email === 'string' && raw.email !== '' ? { email: raw.email } : {}),
    });
  }
  return admins;
}

/** Reads a list of `{id, name}` entries under `key` (teams under `teams`, tags under `data`); ids become text. */
function toNamedEntries(body: unknown, key: string): { id: string; name: string }[] | undefined {
  if (!isObject(body) || !Array.isArray(body[key])) return undefined;
  const entries: { id: string; name: string }[] = [];
  for (const raw of body[key] as unknown[]) {
    if (!isObject(raw)) continue;
    const id = idText(raw.id);
    if (id === undefined) continue;
    entries.push({ id, name: typeof raw.name === 'string' && raw.name !== '' ? raw.name : id });
  }
  return entries;
}

/**
 * Reads `GET /teams` (`team_list`) into the assign-to-team picker's entries.
 * @returns the teams, or undefined when the body is not a team list.
 */
export function toTeamSummaries(body: unknown): TeamSummary[] | undefined {
  return toNamedEntries(body, 'teams');
}

/**
 * Reads `GET /tags` (`tag_list`) into the tag picker's entries.
 * @returns the tags, or undefined when the body is not a tag list.
 */
export function toTagSummaries(body: unknown): TagSummary[] | undefined {
  return toNamedEntries(body, 'data');
}

/**
 * Reads `GET /data_attributes?model=contact` (`data_attribute_list`) into the custom attributes a contact's
 * `custom_attributes` may set: custom, not archived, writable through the API, of the contact model.
 * @returns the attributes, or undefined when the body is not a data attribute list.
 */
export function toDataAttributes(body: unknown): DataAttributeInfo[] | undefined {
  if (!isObject(body) || !Array.isArray(body.data)) return undefined;
  const attributes: DataAttributeInfo[] = [];
  for (const raw of body.data as unknown[]) {
    if (!isObject(raw) || raw.custom !== true || raw.archived === true || raw.api_writable === false) continue;
    if ((raw.model ?? 'contact') !== 'contact' || typeof raw.name !== 'string' || raw.name === '') continue;
    const options = Array.isArray(raw.options) ? (raw.options as unknown[]).filter((option): option is string => typeof option === 'string') : [];
    attributes.push({
      name: raw.name,
      data_type: typeof raw.data_type === 'string' ? raw.data_type : 'string',
      ...(typeof raw.label === 'string' && raw.label !== '' ? { label: raw.label } : {}),
      ...(typeof raw.description === 'string' && raw.description !== '' ? { description: raw.description } : {}),
      ...(options.length > 0 ? { options } : {}),
    });
  }
  return attributes;
}

/**
 * Reads `GET /ticket_states` (`ticket_state_list`) into the ticket state picker's entries, each with the ids of
 * the ticket types that use it (a ticket moves only to a state of its own type). Archived states are left out.
 * @returns the states, or undefined when the body is not a ticket state list.
 */
export function toTicketStates(body: unknown): TicketStateSummary[] | undefined {
  if (!isObject(body) || !Array.isArray(body.data)) return undefined;
  const states: TicketStateSummary[] = [];
  for (const raw of body.data as unknown[]) {
    if (!isObject(raw) || raw.archived === true) continue;
    const id = idText(raw.id);
    if (id === undefined) continue;
    const types = isObject(raw.ticket_types) && Array.isArray(raw.ticket_types.data) ? (raw.ticket_types.data as unknown[]) : [];
    states.push({
      id,
      category: typeof raw.category === 'string' ? raw.category : '',
      name: typeof raw.internal_label === 'string' && raw.internal_label !== '' ? raw.internal_label : id,
      ticketTypes: types.flatMap((type) => {
        const typeId = isObject(type) ? idText(type.id) : undefined;
        return typeId === undefined || !isObject(type) ? [] : [{ id: typeId, name: typeof type.name === 'string' ? type.name : typeId }];
      }),
    });
  }
  return states;
}

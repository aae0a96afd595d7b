import { applyEdits, modify, parse } from 'jsonc-parser';

/**
 * The `ticket_type_id` currently written in ticket JSON, even while the rest of the text is being edited.
 * @example ticketTypeIdOf('{"ticket_type_id": "7", "contacts": [') // '7'
 */
export function ticketTypeIdOf(json: string): string | undefined {
  const value: unknown = parse(json);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const id = (value as Record<string, unknown>).ticket_type_id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Ticket JSON with `ticket_type_id` set to `id`, every other character of the text kept as it was.
 * @example withTicketTypeId('{"contacts": []}', '7') // '{"contacts": [],\n  "ticket_type_id": "7"}'
 */
export function withTicketTypeId(json: string, id: string): string {
  const base = json.trim() === '' ? '{}' : json;
  return applyEdits(base, modify(base, ['ticket_type_id'], id, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
}

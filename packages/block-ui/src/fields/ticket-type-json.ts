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
 * Ticket JSON with `ticket_type_id` set to `id`, every other property kept as written. A new id goes first;
 * multi-line (or empty) text gets it on its own indented line, one-line text stays on one line.
 * @example withTicketTypeId('{"contacts": []}', '7') // '{"ticket_type_id": "7","contacts": []}'
 */
export function withTicketTypeId(json: string, id: string): string {
  const blank = json.trim() === '';
  const base = blank ? '{}' : json;
  const multiline = blank || base.includes('\n');
  const edits = modify(base, ['ticket_type_id'], id, {
    getInsertionIndex: () => 0,
    ...(multiline ? { formattingOptions: { insertSpaces: true, tabSize: 2 } } : {}),
  });
  return applyEdits(base, edits);
}

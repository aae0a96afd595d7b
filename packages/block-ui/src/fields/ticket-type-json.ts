import { applyEdits, modify, parse } from 'jsonc-parser';
import type { TicketTypeInfo } from '@workflow-blocks/block-core';

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

/**
 * Ticket JSON for a chosen ticket type: `ticket_type_id` set, and what the type needs added as a template where it
 * is missing: `contacts` (an empty list to fill) and each `required_to_create` attribute (empty), so each problem
 * validation reports points at the place to fill in. Everything already written is kept as written.
 * @example withTicketTypeTemplate('', bugReport) // '{\n  "ticket_type_id": "7",\n  "contacts": [],\n  "ticket_attributes": {\n    "_default_title_": ""\n  }\n}'
 */
export function withTicketTypeTemplate(json: string, ticketType: TicketTypeInfo): string {
  let text = withTicketTypeId(json, ticketType.id);
  const current: unknown = parse(text);
  if (current === null || typeof current !== 'object' || Array.isArray(current)) return text;
  const body = current as Record<string, unknown>;
  const multiline = text.includes('\n');
  const format = multiline ? { formattingOptions: { insertSpaces: true, tabSize: 2 } } : {};
  // New properties go right after ticket_type_id (new attributes first in theirs): an edit at the end would
  // reformat the property before it.
  const add = (path: string[], value: unknown) => {
    text = applyEdits(text, modify(text, path, value, { ...format, getInsertionIndex: () => (path.length === 1 ? 1 : 0) }));
  };
  const attributes = body.ticket_attributes;
  if (attributes !== undefined && (attributes === null || typeof attributes !== 'object' || Array.isArray(attributes))) return text;
  const given = (attributes ?? {}) as Record<string, unknown>;
  const missing = ticketType.attributes.filter((attribute) => attribute.required_to_create && !(attribute.name in given));
  if (attributes === undefined && missing.length > 0) add(['ticket_attributes'], Object.fromEntries(missing.map((attribute) => [attribute.name, ''])));
  else for (const attribute of missing) add(['ticket_attributes', attribute.name], '');
  if (!('contacts' in body)) add(['contacts'], []);
  return text;
}

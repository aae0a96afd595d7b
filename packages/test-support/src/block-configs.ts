/** A search body block-core accepts: an AND of a role and a creation date. */
const search = JSON.stringify({
  query: { operator: 'AND', value: [{ field: 'role', operator: '=', value: 'user' }, { field: 'created_at', operator: '>', value: 1577836800 }] },
});
const ticket = JSON.stringify({ ticket_type_id: '7', contacts: [{ id: '6762f0b1' }], ticket_attributes: { _default_title_: 'Crash' } });

/**
 * One valid Intercom block config per operation (`resource.operation` → the fields besides resource and operation),
 * for tests that start from something valid and change one thing.
 */
export const validBlockConfigs = {
  'contact.create': { role: 'user', email: 'jane@example.com', name: 'Jane', phone: '+14155550123', customAttributesJson: '{"plan": "pro"}' },
  'contact.get': { contactId: '6762f0b1' },
  'contact.update': { contactId: '6762f0b1', name: 'Jane Doe' },
  'contact.list': { perPage: 50, startingAfter: '' },
  'contact.search': { queryJson: search },
  'contact.delete': { contactId: '6762f0b1' },
  'conversation.get': { conversationId: '123' },
  'conversation.list': { perPage: '20' },
  'conversation.reply': { conversationId: '123', message: 'Thanks!', replyType: 'note', adminId: '' },
  'ticket.create': { ticketJson: ticket },
  'ticket.get': { ticketId: '44' },
  'admin.list': {},
} as const satisfies Record<string, Record<string, unknown>>;

/** The operation keys `validBlockConfigs` covers. */
export type ValidBlockConfigKey = keyof typeof validBlockConfigs;

/**
 * A valid config of one operation, with `extra` values laid over it.
 * @example validBlockConfig('contact.get', { contactId: '..' }) // { resource: 'contact', operation: 'get', contactId: '..' }
 */
export function validBlockConfig(key: ValidBlockConfigKey, extra: Record<string, unknown> = {}): { resource: string; operation: string; [field: string]: unknown } {
  const [resource = '', operation = ''] = key.split('.');
  return { resource, operation, ...validBlockConfigs[key], ...extra };
}

import type { FieldName, IntercomConfig } from '../types.js';
import { quoteValue } from '../text/quote.js';

/**
 * Describes a 404 for an operation that acts on one thing by id.
 * @param noun - what the id names, e.g. "contact".
 * @param field - the id field.
 * @example notFoundById('contact', 'contactId')({ resource: 'contact', operation: 'get', contactId: '42' })
 * // 'Intercom has no contact with ID "42" (contactId). Check the ID, or the step it comes from.'
 */
export function notFoundById(noun: string, field: FieldName): (config: IntercomConfig) => string {
  return (config) => {
    const value = config[field];
    const id = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    return `Intercom has no ${noun} with ID ${quoteValue(id)} (${field}). Check the ID, or the step it comes from.`;
  };
}

/**
 * Describes a 404 for an operation that names several things by id, when Intercom's answer does not say which
 * one it did not find; a blank id (an admin left to the connected one) is not named.
 * @example notFoundByAnyId(['contact', 'contactId'], ['tag', 'tagId'])({ resource: 'contact', operation: 'addTag', contactId: '1', tagId: '2' })
 * // 'Intercom has no contact with ID "1" (contactId), or no tag with ID "2" (tagId). Check both IDs, or the steps they come from.'
 */
export function notFoundByAnyId(...things: readonly (readonly [noun: string, field: FieldName])[]): (config: IntercomConfig) => string {
  return (config) => {
    const named = things.flatMap(([noun, field]) => {
      const value = config[field];
      const id = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
      return id === '' ? [] : [`no ${noun} with ID ${quoteValue(id)} (${field})`];
    });
    if (named.length <= 1) return `Intercom has ${named[0] ?? `no ${things[0]?.[0] ?? 'such thing'}`}. Check the ID, or the step it comes from.`;
    return `Intercom has ${named.join(', or ')}. Check ${named.length === 2 ? 'both IDs' : 'the IDs'}, or the steps they come from.`;
  };
}

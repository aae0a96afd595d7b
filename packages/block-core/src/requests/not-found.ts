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

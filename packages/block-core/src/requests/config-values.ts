import { intercomFields } from '../definition/fields.js';
import type { FieldName, IntercomConfig } from '../types.js';
import { IntercomRequestError } from './request-error.js';
import { readNumberValue } from './number-value.js';
import { clipText, quoteValue } from '../text/quote.js';

/**
 * A text field's value, or undefined when it is not given (missing, empty or only spaces).
 * Numbers are accepted as text because ids often arrive as numbers from earlier steps.
 */
export function optionalText(config: IntercomConfig, field: FieldName): string | undefined {
  const value = config[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw new IntercomRequestError(`${field} must be text, not ${describeKind(value)}.`, field);
  return value.trim() === '' ? undefined : value;
}

/** A required text field's value; throws when it is not given. */
export function requiredText(config: IntercomConfig, field: FieldName): string {
  const value = optionalText(config, field);
  if (value === undefined) throw new IntercomRequestError(`${field} is required.`, field);
  return value;
}

/**
 * An id field as one encoded path segment. Surrounding whitespace is dropped (an Intercom id never has any,
 * while copied ids and interpolated references often do). A `.` or `..` segment would move the path
 * (`/contacts/..` is `/`), so it is refused rather than sent.
 * @example pathSegment({ resource: 'contact', operation: 'get', contactId: 'a b/c' }, 'contactId') // 'a%20b%2Fc'
 */
export function pathSegment(config: IntercomConfig, field: FieldName): string {
  const id = requiredText(config, field).trim();
  let segment: string;
  try {
    segment = encodeURIComponent(id);
  } catch {
    // URIError: a lone surrogate (half a character) has no UTF-8 form.
    throw new IntercomRequestError(`${field} holds half of a character (a lone surrogate) and is not a valid Intercom ID.`, field);
  }
  if (segment === '.' || segment === '..') {
    throw new IntercomRequestError(`${field} "${id}" is not a valid Intercom ID.`, field);
  }
  return segment;
}

/** One of a select field's options, the fallback when not given; throws on any other value. */
export function optionFrom<T extends string>(config: IntercomConfig, field: FieldName, options: readonly T[], fallback?: T): T | undefined {
  const value = optionalText(config, field)?.trim();
  if (value === undefined) return fallback;
  if (!(options as readonly string[]).includes(value)) {
    throw new IntercomRequestError(`${field} must be one of ${options.join(', ')}, not ${quoteValue(value)}.`, field);
  }
  return value as T;
}

/**
 * A JSON field parsed as an object. Throws when the text is not JSON or not an object (never drops it silently).
 * @returns the object, or undefined when the field is not given.
 */
export function optionalJsonObject(config: IntercomConfig, field: FieldName): Record<string, unknown> | undefined {
  const value = config[field];
  if (value === undefined || value === null) return undefined;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined;
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      throw new IntercomRequestError(`${field} is not valid JSON: ${clipText((error as Error).message, 200)}`, field);
    }
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new IntercomRequestError(`${field} must be a JSON object, not ${describeKind(parsed)}.`, field);
  }
  return parsed as Record<string, unknown>;
}

/** A required JSON object field; throws when it is not given. */
export function requiredJsonObject(config: IntercomConfig, field: FieldName): Record<string, unknown> {
  const value = optionalJsonObject(config, field);
  if (value === undefined) throw new IntercomRequestError(`${field} is required.`, field);
  return value;
}

/**
 * `per_page` (default 50) and `starting_after` for cursor-paginated list endpoints.
 * `perPage` may still hold the text the user typed, so text that is a whole number is accepted.
 */
export function pageQuery(config: IntercomConfig): Record<string, string> {
  const query: Record<string, string> = { per_page: String(boundedNumber(config, 'perPage')) };
  const startingAfter = optionalText(config, 'startingAfter');
  if (startingAfter !== undefined) query.starting_after = startingAfter.trim();
  return query;
}

/**
 * A number field's value within its definition's bounds (the ones validation and the number input read), or its
 * default when it is not given. The field may hold what the user typed: digits only count (`readNumberValue`).
 */
export function boundedNumber(config: IntercomConfig, field: FieldName): number {
  const { min, max, default: fallback } = intercomFields[field];
  const raw = config[field];
  if ((raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) && typeof fallback === 'number') return fallback;
  const value = readNumberValue(raw);
  if (value === undefined || !Number.isInteger(value) || (min !== undefined && value < min) || (max !== undefined && value > max)) {
    const shown = quoteValue(raw);
    throw new IntercomRequestError(`${field} must be a whole number from ${min ?? '-∞'} to ${max ?? '∞'}, not ${shown}.`, field);
  }
  return value;
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

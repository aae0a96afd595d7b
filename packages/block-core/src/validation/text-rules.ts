import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { readNumberValue } from '../requests/number-value.js';
import { intercomFields } from '../definition/fields.js';
import type { FieldDefinition, TextFormat } from '../definition/field-types.js';
import type { FieldName, ValidationIssue } from '../types.js';
import { quoteValue } from '../text/quote.js';

const emailShape = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)*\.[^\s@<>()[\]\\,;:".\d]{2,}$/;

// Control characters (NUL, line breaks) and format characters (bidi overrides such as U+202E, zero-width spaces):
// invisible, so an address holding one reads as another.
const invisibleCharacter = /[\p{Cc}\p{Cf}]/u;

/**
 * Checks that a literal email looks like one (Intercom does the real check).
 * @example checkEmail('jane@example')?.code // 'invalid_email'
 */
export function checkEmail(email: string, field: FieldName = 'email'): ValidationIssue | undefined {
  const hidden = invisibleCharacter.exec(email.trim());
  if (hidden) {
    const code = `U+${(hidden[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      field,
      code: 'invalid_email',
      message: `This email address holds an invisible character (${code}, at position ${hidden.index + 1}) that no email address has: delete it and type the address again.`,
    };
  }
  if (emailShape.test(email.trim())) return undefined;
  return {
    field,
    code: 'invalid_email',
    message: `${quoteValue(email)} does not look like an email address. Write it like jane@example.com.`,
  };
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Finds a lone UTF-16 surrogate: half of a character, which no URL or UTF-8 body can carry (encoding turns it
 * into U+FFFD or fails), so the text would not reach Intercom as written.
 * @returns the offset of the first one, or undefined when the text is well formed
 * @example loneSurrogateAt('a\ud800') // 1
 */
export function loneSurrogateAt(text: string): number | undefined {
  const match = loneSurrogate.exec(text);
  return match ? match.index : undefined;
}

const e164 = /^\+[1-9]\d{1,14}$/;

/**
 * Checks that a literal phone number is in E.164 format (`+` country code and number, no spaces) and is a
 * possible number for its country (libphonenumber-js, small metadata).
 * @example checkPhone('+1 415 555 0123')?.message // 'Write the phone number in E.164 format, without spaces or dashes: +14155550123.'
 */
export function checkPhone(phone: string, field: FieldName = 'phone'): ValidationIssue | undefined {
  const text = phone.trim();
  if (e164.test(text) && isValidPhoneNumber(text)) return undefined;
  if (e164.test(text)) {
    return {
      field,
      code: 'invalid_phone',
      message: `${text} is not a valid phone number for its country code. Check the digits.`,
    };
  }
  const parsed = parsePhoneNumberFromString(text);
  const message = parsed?.isValid()
    ? `Write the phone number in E.164 format, without spaces or dashes: ${parsed.number}.`
    : 'Write the phone number in E.164 format: a + and the country code, then the number without spaces, such as +14155550123.';
  return { field, code: 'invalid_phone', message };
}

/**
 * Checks a literal Intercom ID: `.` and `..` would move the request's path (`/contacts/..` is `/`), so the request
 * builder refuses them; they are reported here first, so the editor shows it before Run.
 * @example checkId(' .. ', 'contactId')?.code // 'invalid_id'
 */
export function checkId(id: string, field: FieldName): ValidationIssue | undefined {
  const text = id.trim();
  if (text !== '.' && text !== '..') return undefined;
  return {
    field,
    code: 'invalid_id',
    message: `${intercomFields[field].label} "${text}" is not an Intercom ID: "." and ".." would change the address the request goes to. Enter the ID itself.`,
  };
}

/** The check of each text format a field definition can name. */
export const textFormatChecks: Readonly<Record<TextFormat, (value: string, field: FieldName) => ValidationIssue | undefined>> = {
  email: checkEmail,
  phone: checkPhone,
  id: checkId,
};

/**
 * Checks that a number field's value is a whole number within its definition's `min`/`max`; the text typed
 * (`"50"`) counts when it is digits only, as the request builder reads it.
 * @example checkWholeNumber('200', 'perPage', intercomFields.perPage)?.message // 'Per page must be from 1 to 150; 200 is too many.'
 */
export function checkWholeNumber(value: number | string, field: FieldName, definition: Pick<FieldDefinition, 'label' | 'min' | 'max'>): ValidationIssue | undefined {
  const { label, min, max } = definition;
  const text = String(value).trim();
  const number = readNumberValue(value);
  const range = min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : max !== undefined ? ` of at most ${max}` : '';
  const issue = (message: string): ValidationIssue => ({ field, code: 'invalid_number', message });
  if (number === undefined) {
    const shown = quoteValue(value);
    return issue(`${label} must be a whole number${range}, written in digits only; ${shown} is not.`);
  }
  if (!Number.isInteger(number)) return issue(`${label} must be a whole number${range}; ${text} is not whole.`);
  if (min !== undefined && number < min) return issue(`${label} must be${range}; ${text} is too few.`);
  if (max !== undefined && number > max) return issue(`${label} must be${range}; ${text} is too many.`);
  return undefined;
}

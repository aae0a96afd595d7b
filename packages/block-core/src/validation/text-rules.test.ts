import { describe, expect, it } from 'vitest';
import { intercomFields } from '../definition/fields.js';
import { checkEmail, checkPhone, checkWholeNumber } from './text-rules.js';

const checkPerPage = (value: number | string) => checkWholeNumber(value, 'perPage', intercomFields.perPage);

describe('checkEmail', () => {
  it.each(['jane@example.com', 'j.doe+tag@mail.example.co.uk', ' jane@example.com '])('accepts %j', (email) => {
    expect(checkEmail(email)).toBeUndefined();
  });

  it.each(['jane', 'jane@example', 'jane@@example.com', 'jane doe@example.com', '@example.com', 'jane@.com', 'jane@example.c'])('rejects %j', (email) => {
    expect(checkEmail(email)).toEqual({
      field: 'email',
      code: 'invalid_email',
      message: `${JSON.stringify(email)} does not look like an email address. Write it like jane@example.com.`,
    });
  });
});

describe('checkEmail with invisible characters', () => {
  it.each([
    ['jane\u0000@example.com', 'U+0000', 5],
    ['jane@exa\u202emoc.elpmaxe', 'U+202E', 9],
    ['ja\u200bne@example.com', 'U+200B', 3],
    ['jane@example.com\u2066', 'U+2066', 17],
  ])('rejects %j, naming the character and where it is', (email, code, position) => {
    expect(checkEmail(email, 'ticketJson')).toEqual({
      field: 'ticketJson',
      code: 'invalid_email',
      message: `This email address holds an invisible character (${code}, at position ${position}) that no email address has: delete it and type the address again.`,
    });
  });
});

describe('checkPhone', () => {
  it.each(['+14155550123', '+442071838750', '+33612345678'])('accepts %s', (phone) => {
    expect(checkPhone(phone)).toBeUndefined();
  });

  it('asks for E.164 and shows the number written that way when it can', () => {
    expect(checkPhone('+1 (415) 555-0123')).toEqual({
      field: 'phone',
      code: 'invalid_phone',
      message: 'Write the phone number in E.164 format, without spaces or dashes: +14155550123.',
    });
    expect(checkPhone('415 555 0123')?.message).toBe(
      'Write the phone number in E.164 format: a + and the country code, then the number without spaces, such as +14155550123.',
    );
    expect(checkPhone('0044 20 7183 8750')?.code).toBe('invalid_phone');
  });

  it('rejects an E.164-shaped number that no country has', () => {
    expect(checkPhone('+1415555')).toEqual({ field: 'phone', code: 'invalid_phone', message: '+1415555 is not a valid phone number for its country code. Check the digits.' });
  });
});

describe('checkWholeNumber, with per page bounds', () => {
  it.each([1, 50, 150, '50', ' 7 '])('accepts %j', (value) => {
    expect(checkPerPage(value)).toBeUndefined();
  });

  it.each([
    [0, 'Per page must be from 1 to 150; 0 is too few.'],
    [151, 'Per page must be from 1 to 150; 151 is too many.'],
    ['200', 'Per page must be from 1 to 150; 200 is too many.'],
    [2.5, 'Per page must be a whole number from 1 to 150; 2.5 is not whole.'],
    ['abc', 'Per page must be a whole number from 1 to 150, written in digits only; "abc" is not.'],
    ['<Trigger.n>', 'Per page must be a whole number from 1 to 150, written in digits only; "<Trigger.n>" is not.'],
    // What the request builder cannot read is refused here too, with the value as typed.
    ['+50', 'Per page must be a whole number from 1 to 150, written in digits only; "+50" is not.'],
    ['50.0', 'Per page must be a whole number from 1 to 150, written in digits only; "50.0" is not.'],
    [Number.NaN, 'Per page must be a whole number from 1 to 150, written in digits only; NaN is not.'],
    [Number.POSITIVE_INFINITY, 'Per page must be a whole number from 1 to 150, written in digits only; Infinity is not.'],
  ])('rejects %j', (value, message) => {
    expect(checkPerPage(value)).toEqual({ field: 'perPage', code: 'invalid_number', message });
  });

  it('reads the bounds it is given: a field with its own minimum, or none', () => {
    expect(checkWholeNumber(3, 'perPage', { label: 'Count', min: 5 })?.message).toBe('Count must be of at least 5; 3 is too few.');
    expect(checkWholeNumber(-3, 'perPage', { label: 'Count' })).toBeUndefined();
  });

  it('names the field it checks in its email and phone issues', () => {
    expect(checkEmail('x', 'name')?.field).toBe('name');
    expect(checkPhone('x', 'name')?.field).toBe('name');
  });
});

import { describe, expect, it } from 'vitest';
import type { IntercomConfig } from '../types.js';
import { optionalJsonObject, optionalText, optionFrom, pageQuery, pathSegment, requiredJsonObject, requiredText } from './config-values.js';
import { IntercomRequestError } from './request-error.js';

const config = (values: Record<string, unknown>): IntercomConfig => ({ resource: 'contact', operation: 'get', ...values });

describe('optionalText / requiredText', () => {
  it('treats missing, empty and blank text as not given, and keeps other text as typed', () => {
    expect(optionalText(config({}), 'email')).toBeUndefined();
    expect(optionalText(config({ email: '' }), 'email')).toBeUndefined();
    expect(optionalText(config({ email: '   ' }), 'email')).toBeUndefined();
    expect(optionalText(config({ name: ' Ada ' }), 'name')).toBe(' Ada ');
  });

  it('accepts numbers as text (ids from earlier steps) and refuses other kinds naming the field', () => {
    expect(optionalText(config({ contactId: 42 }), 'contactId')).toBe('42');
    expect(() => optionalText(config({ contactId: { id: 1 } }), 'contactId')).toThrow('contactId must be text, not an object.');
  });

  it('names the missing required field', () => {
    expect(() => requiredText(config({ message: ' ' }), 'message')).toThrow(new IntercomRequestError('message is required.', 'message'));
  });
});

describe('pathSegment', () => {
  it('encodes an id as exactly one path segment', () => {
    expect(pathSegment(config({ contactId: 'a b/c' }), 'contactId')).toBe('a%20b%2Fc');
    expect(pathSegment(config({ contactId: '../admins' }), 'contactId')).toBe('..%2Fadmins');
    expect(pathSegment(config({ contactId: '?x=1#y' }), 'contactId')).toBe('%3Fx%3D1%23y');
    expect(pathSegment(config({ contactId: '%2E%2E' }), 'contactId')).toBe('%252E%252E');
  });

  it('drops surrounding whitespace, which an Intercom id never has', () => {
    expect(pathSegment(config({ contactId: ' 6762f0dd\n' }), 'contactId')).toBe('6762f0dd');
  });

  it('refuses dot segments that would move the path', () => {
    for (const id of ['.', '..', ' .. ']) {
      let caught: unknown;
      try {
        pathSegment(config({ contactId: id }), 'contactId');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(IntercomRequestError);
      expect((caught as IntercomRequestError).field).toBe('contactId');
      expect((caught as IntercomRequestError).message).toMatch(/contactId .* is not a valid Intercom ID/);
    }
  });

  it('refuses an id holding half a character (a lone surrogate) naming the field, not with a URIError', () => {
    for (const id of ['\ud800', 'a\udc00b']) {
      let caught: unknown;
      try {
        pathSegment(config({ ticketId: id }), 'ticketId');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(IntercomRequestError);
      expect((caught as IntercomRequestError).field).toBe('ticketId');
    }
    expect(pathSegment(config({ ticketId: 'a\ud83d\ude00' }), 'ticketId')).toBe('a%F0%9F%98%80');
  });

  it('refuses a missing id', () => {
    expect(() => pathSegment(config({}), 'ticketId')).toThrow('ticketId is required.');
  });
});

describe('optionFrom', () => {
  it('uses the fallback when not given and refuses values outside the options', () => {
    expect(optionFrom(config({}), 'role', ['user', 'lead'], 'user')).toBe('user');
    expect(optionFrom(config({}), 'role', ['user', 'lead'])).toBeUndefined();
    expect(optionFrom(config({ role: 'lead' }), 'role', ['user', 'lead'], 'user')).toBe('lead');
    expect(() => optionFrom(config({ role: 'admin' }), 'role', ['user', 'lead'])).toThrow('role must be one of user, lead, not "admin".');
  });
});

describe('JSON object fields', () => {
  it('parses an object and treats blank text as not given', () => {
    expect(optionalJsonObject(config({ customAttributesJson: '{"plan":"pro"}' }), 'customAttributesJson')).toEqual({ plan: 'pro' });
    expect(optionalJsonObject(config({ customAttributesJson: ' ' }), 'customAttributesJson')).toBeUndefined();
  });

  it('never drops bad JSON silently: it fails naming the field', () => {
    expect(() => optionalJsonObject(config({ customAttributesJson: '{"plan":' }), 'customAttributesJson')).toThrow(/^customAttributesJson is not valid JSON/);
    expect(() => optionalJsonObject(config({ customAttributesJson: '[1]' }), 'customAttributesJson')).toThrow('customAttributesJson must be a JSON object, not an array.');
    expect(() => optionalJsonObject(config({ customAttributesJson: 'null' }), 'customAttributesJson')).toThrow('customAttributesJson must be a JSON object, not null.');
    expect(() => requiredJsonObject(config({}), 'queryJson')).toThrow('queryJson is required.');
  });

  it('accepts an object value that is already parsed', () => {
    expect(requiredJsonObject(config({ ticketJson: { ticket_type_id: '1' } }), 'ticketJson')).toEqual({ ticket_type_id: '1' });
  });
});

describe('pageQuery', () => {
  it('defaults per_page to 50 and sends starting_after only when given', () => {
    expect(pageQuery(config({}))).toEqual({ per_page: '50' });
    expect(pageQuery(config({ perPage: '' }))).toEqual({ per_page: '50' });
    expect(pageQuery(config({ perPage: 150, startingAfter: ' WzE3MzQ1Mzc0NjAwMDAsNDcxXQ== ' }))).toEqual({
      per_page: '150',
      starting_after: 'WzE3MzQ1Mzc0NjAwMDAsNDcxXQ==',
    });
  });

  it('accepts typed whole numbers and refuses anything else naming perPage', () => {
    expect(pageQuery(config({ perPage: ' 20 ' }))).toEqual({ per_page: '20' });
    for (const perPage of [0, 151, 2.5, '1e2', 'ten', '-5', true]) {
      expect(() => pageQuery(config({ perPage }))).toThrow(/^perPage must be a whole number from 1 to 150/);
    }
  });
});

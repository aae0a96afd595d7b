import { describe, expect, it } from 'vitest';
import { IntercomResponseShapeError } from './request-error.js';
import { responseList, responseObject, responsePages } from './response-values.js';

describe('responseObject', () => {
  it('accepts an object of the expected type, or one without a type', () => {
    expect(responseObject({ type: 'contact', id: '1' }, 'a contact', ['contact'])).toEqual({ type: 'contact', id: '1' });
    expect(responseObject({ id: '1' }, 'a contact', ['contact'])).toEqual({ id: '1' });
  });

  it('refuses bodies that are not the expected object, saying what was expected', () => {
    expect(() => responseObject(null, 'a ticket')).toThrow(new IntercomResponseShapeError('Intercom answered without a ticket: the body is null.'));
    expect(() => responseObject(undefined, 'a ticket')).toThrow('the body is empty');
    expect(() => responseObject([], 'a ticket')).toThrow('the body is an array');
    expect(() => responseObject('ok', 'a ticket')).toThrow('the body is a string');
    expect(() => responseObject({ type: 'error.list' }, 'a contact', ['contact'])).toThrow('the body\'s type is "error.list"');
  });
});

describe('responseList and responsePages', () => {
  it('reads a list property and nullable pages', () => {
    expect(responseList({ data: [1] }, 'data', 'contacts')).toEqual([1]);
    expect(() => responseList({ data: {} }, 'data', 'a list of contacts')).toThrow('Intercom answered without a list of contacts: "data" is not a list.');
    expect(responsePages({ pages: { page: 1 } })).toEqual({ page: 1 });
    expect(responsePages({})).toBeNull();
  });
});

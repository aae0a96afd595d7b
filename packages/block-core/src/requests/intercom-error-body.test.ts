import { describe, expect, it } from 'vitest';
import { headerValue, readIntercomErrorBody } from './intercom-error-body.js';

describe('readIntercomErrorBody', () => {
  it("reads Intercom's error.list, keeping code, message, field and request id", () => {
    const body = {
      type: 'error.list',
      request_id: 'r-1',
      errors: [
        { code: 'parameter_invalid', message: 'Email\n is invalid', field: 'email' },
        { code: 'parameter_not_found', message: null },
      ],
    };
    expect(readIntercomErrorBody(body)).toEqual({
      json: true,
      requestId: 'r-1',
      errors: [{ code: 'parameter_invalid', message: 'Email is invalid', field: 'email' }, { code: 'parameter_not_found' }],
    });
  });

  it('parses JSON text, and marks other text as not JSON with a short excerpt', () => {
    expect(readIntercomErrorBody('{"errors":[{"code":"x"}]}')).toEqual({ json: true, errors: [{ code: 'x' }] });
    expect(readIntercomErrorBody('<html>\n<h1>Bad gateway</h1></html>')).toEqual({ json: false, errors: [], text: '<html> <h1>Bad gateway</h1></html>' });
    expect(readIntercomErrorBody('x'.repeat(500)).text).toHaveLength(161);
    expect(readIntercomErrorBody('')).toEqual({ json: false, errors: [] });
    expect(readIntercomErrorBody(undefined)).toEqual({ json: false, errors: [] });
  });

  it('keeps a message from bodies of other shapes', () => {
    expect(readIntercomErrorBody({ message: 'Upstream timeout' }).errors).toEqual([{ code: 'unknown', message: 'Upstream timeout' }]);
    expect(readIntercomErrorBody([1, 2])).toEqual({ json: true, errors: [] });
  });
});

describe('headerValue', () => {
  it('finds a header whatever its case, in a record or a Headers object', () => {
    expect(headerValue({ 'x-ratelimit-reset': '10' }, 'X-RateLimit-Reset')).toBe('10');
    expect(headerValue(new Headers({ Link: '<a>' }), 'link')).toBe('<a>');
    expect(headerValue(undefined, 'Link')).toBeUndefined();
    expect(headerValue({}, 'Link')).toBeUndefined();
  });
});

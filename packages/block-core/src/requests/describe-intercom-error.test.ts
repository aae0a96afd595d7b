import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeIntercomError } from './describe-intercom-error.js';

const errorList = (code: string, message: string | null, requestId: string | null = 'req-1') => ({
  type: 'error.list',
  request_id: requestId,
  errors: [{ code, message }],
});

afterEach(() => {
  vi.useRealTimers();
});

describe('describeIntercomError', () => {
  it('401: tells people to reconnect, with the code and request id', () => {
    expect(describeIntercomError(401, errorList('unauthorized', 'Access Token Invalid'))).toBe(
      'The Intercom integration is disconnected or its authorization has expired; reconnect it. Intercom said: Access Token Invalid [unauthorized] (request id req-1).',
    );
  });

  it('403: a plan restriction differs from a missing permission', () => {
    expect(describeIntercomError(403, errorList('api_plan_restricted', 'Active subscription needed.'))).toMatch(
      /^Your Intercom plan does not include this part of Intercom's API .* \[api_plan_restricted\] \(request id req-1\)\.$/,
    );
    const scope = describeIntercomError(403, errorList('forbidden', 'You do not have the required scope (read_conversations)'));
    expect(scope).toMatch(/lacks the permission \(scope\)/);
    expect(scope).toContain('read_conversations');
    expect(scope).toContain('[forbidden]');
  });

  it('404: says which id of which thing was not found', () => {
    const config = { resource: 'contact', operation: 'get', contactId: 'abc' };
    expect(describeIntercomError(404, errorList('not_found', 'Resource Not Found'), {}, { config })).toBe(
      'Intercom has no contact with ID "abc" (contactId). Check the ID, or the step it comes from. Intercom said: Resource Not Found [not_found] (request id req-1).',
    );
    expect(describeIntercomError(404, errorList('not_found', null), {}, { config: { resource: 'admin', operation: 'list' } })).toMatch(
      /^Intercom could not find what List admins asked for \(HTTP 404\)\. Intercom said: error code not_found \(request id req-1\)\.$/,
    );
    expect(describeIntercomError(404, undefined)).toMatch(/^Intercom could not find what was asked for/);
  });

  it('409: a duplicate contact names the existing contact id', () => {
    const body = errorList('conflict', 'A contact matching those details already exists with id=6762f0dd1bb69f9f2193bb83');
    expect(describeIntercomError(409, body)).toMatch(
      /^A contact with these details already exists in Intercom \(existing contact ID 6762f0dd1bb69f9f2193bb83\); update that contact/,
    );
    const archived = errorList('conflict', 'An archived contact matching those details already exists with id=abc.');
    expect(describeIntercomError(409, archived)).toMatch(/^An archived contact .* \(existing contact ID abc\)/);
    expect(describeIntercomError(409, errorList('conflict', 'Job already running'))).toMatch(/^Intercom refused the request because it clashes/);
  });

  it('410: a merged contact points to the canonical id from the Link header', () => {
    const body = errorList('contact_merged', "This contact has been merged. See the 'Link' header for the canonical contact.");
    expect(describeIntercomError(410, body, { link: '</contacts/6762f0d0%2Bx>; rel="canonical"' })).toMatch(
      /^This contact was merged into another contact; use its current ID 6762f0d0\+x instead\. Intercom said: .*\[contact_merged\]/,
    );
    expect(describeIntercomError(410, body)).toMatch(/^This contact was merged into another contact; look the contact up again/);
  });

  it("400 and 422: Intercom's own message", () => {
    expect(describeIntercomError(400, errorList('invalid_sort_order', "Invalid sort order 'desc'. Must be one of: ascending, descending"))).toBe(
      "Intercom rejected the request as invalid (HTTP 400). Intercom said: Invalid sort order 'desc'. Must be one of: ascending, descending [invalid_sort_order] (request id req-1).",
    );
    const body = { type: 'error.list', request_id: null, errors: [{ code: 'parameter_invalid', message: 'Phone is invalid', field: 'phone' }] };
    expect(describeIntercomError(422, body)).toBe(
      'Intercom rejected the request as invalid (HTTP 422). Intercom said: Phone is invalid [parameter_invalid, field phone].',
    );
  });

  it('429: says when the rate limit resets', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const reset = String(Date.parse('2026-01-01T00:00:08Z') / 1000);
    expect(describeIntercomError(429, errorList('rate_limit_exceeded', 'Too many requests'), { 'X-RateLimit-Reset': reset })).toBe(
      "Intercom's rate limit was reached; it resets at 2026-01-01T00:00:08Z, in about 8 s. Try again after that. Intercom said: Too many requests [rate_limit_exceeded] (request id req-1).",
    );
    expect(describeIntercomError(429, undefined, { 'Retry-After': '3' })).toBe("Intercom's rate limit was reached; try again in 3 s. The answer had no body.");
    expect(describeIntercomError(429, errorList('rate_limit_exceeded', null, null))).toMatch(/^Intercom's rate limit was reached; wait a few seconds/);
  });

  it('5xx: Intercom had a problem; try again, also when the body is not JSON', () => {
    expect(describeIntercomError(503, '<html><body>Service Unavailable</body></html>', { 'x-request-id': 'edge-9' })).toBe(
      'Intercom had a problem (HTTP 503); try again in a moment. The answer was not JSON: "<html><body>Service Unavailable</body></html>" (request id edge-9).',
    );
    expect(describeIntercomError(500, errorList('server_error', 'Server Error'))).toMatch(/^Intercom had a problem \(HTTP 500\); try again/);
  });

  it('other statuses and empty error lists still give one readable line', () => {
    const line = describeIntercomError(402, { type: 'error.list', request_id: 'r', errors: [] });
    expect(line).toBe('Intercom answered with HTTP 402. Intercom request id r.');
    expect(describeIntercomError(418, {})).toBe('Intercom answered with HTTP 418.');
    expect(describeIntercomError(401, errorList('token_expired', 'Line one\nline two'))).not.toContain('\n');
  });
});

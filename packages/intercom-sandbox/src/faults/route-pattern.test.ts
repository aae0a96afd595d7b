import { describe, expect, it } from 'vitest';
import { parseRoutePattern } from './route-pattern.js';

describe('parseRoutePattern', () => {
  it.each([
    ['*', 'DELETE', '/contacts/1', true],
    ['GET *', 'GET', '/anything/at/all', true],
    ['GET *', 'POST', '/contacts', false],
    ['GET /contacts/:id', 'GET', '/contacts/abc', true],
    ['GET /contacts/:id', 'get', '/contacts/abc/', true],
    ['GET /contacts/:id', 'PUT', '/contacts/abc', false],
    ['GET /contacts/:id', 'GET', '/contacts', false],
    ['GET /contacts/:id', 'GET', '/contacts/abc/tags', false],
    ['POST /conversations/:id/reply', 'POST', '/conversations/215/reply', true],
    ['POST /conversations/:id/reply', 'POST', '/conversations/215', false],
    ['/contacts/*', 'PUT', '/contacts/abc', true],
    ['/contacts/*', 'GET', '/contacts', false],
    ['/contacts', 'POST', '/contacts', true],
  ])('%s matches %s %s: %s', (route, method, path, expected) => {
    expect(parseRoutePattern(route).matches(method, path)).toBe(expected);
  });

  it.each(['FETCH /contacts', 'contacts/:id', 'GET /contacts extra'])('rejects %s', (route) => {
    expect(() => parseRoutePattern(route)).toThrow(RangeError);
  });
});

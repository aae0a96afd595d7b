import { describe, expect, it } from 'vitest';
import { intercomUrl } from './intercom-caller.js';

const url = (path: string, query: Record<string, string> = {}, base = 'https://api.intercom.io') => intercomUrl(base, { path, query })?.href;

describe('intercomUrl', () => {
  it('puts the path and query under the configured base URL', () => {
    expect(url('/contacts', { per_page: '50', starting_after: 'a&b' })).toBe('https://api.intercom.io/contacts?per_page=50&starting_after=a%26b');
    expect(url('/contacts/a%2F..%2Fadmins', {}, 'http://127.0.0.1:9/intercom')).toBe('http://127.0.0.1:9/intercom/contacts/a%2F..%2Fadmins');
  });

  it('refuses a path the URL parser would move (dot segments, also percent-encoded) or another host', () => {
    expect(url('/contacts/..')).toBeUndefined();
    expect(url('/contacts/%2e%2E')).toBeUndefined();
    expect(url('/contacts/.')).toBeUndefined();
    expect(url('//evil.example/x')).toBeUndefined();
    expect(url('contacts')).toBeUndefined();
    expect(url('/contacts?x=1')).toBeUndefined();
    expect(url('/contacts#x')).toBeUndefined();
  });
});

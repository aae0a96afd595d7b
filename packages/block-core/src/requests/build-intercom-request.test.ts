import { describe, expect, it } from 'vitest';
import type { IntercomConfig } from '../types.js';
import { INTERCOM_API_VERSION } from './api-version.js';
import { buildIntercomRequest } from './build-intercom-request.js';
import { IntercomRequestError } from './request-error.js';

const build = (config: IntercomConfig, adminId?: string) => buildIntercomRequest(config, adminId === undefined ? {} : { adminId });

function failure(config: IntercomConfig, adminId?: string): IntercomRequestError {
  try {
    build(config, adminId);
  } catch (error) {
    if (error instanceof IntercomRequestError) return error;
    throw error;
  }
  throw new Error('expected an IntercomRequestError');
}

describe('buildIntercomRequest', () => {
  it('pins the API version and JSON, and leaves Authorization to the proxy', () => {
    const request = build({ resource: 'admin', operation: 'list' });
    expect(INTERCOM_API_VERSION).toBe('2.16');
    expect(request).toEqual({
      method: 'GET',
      path: '/admins',
      query: {},
      headers: { 'Intercom-Version': '2.16', Accept: 'application/json', 'Content-Type': 'application/json' },
    });
    expect(Object.keys(request.headers).map((h) => h.toLowerCase())).not.toContain('authorization');
    expect('body' in request).toBe(false);
  });

  it('creates a user by default and sends only the attributes given', () => {
    expect(build({ resource: 'contact', operation: 'create' }).body).toEqual({ role: 'user' });
    const full = build({
      resource: 'contact',
      operation: 'create',
      role: 'lead',
      email: 'ada@example.com',
      name: 'Ada',
      phone: '+14155550123',
      customAttributesJson: '{"plan":"pro","seats":3}',
      contactId: 'ignored-here',
    });
    expect(full).toMatchObject({ method: 'POST', path: '/contacts', query: {} });
    expect(full.body).toEqual({
      role: 'lead',
      email: 'ada@example.com',
      name: 'Ada',
      phone: '+14155550123',
      custom_attributes: { plan: 'pro', seats: 3 },
    });
  });

  it('updates only what is given, with no role default', () => {
    const request = build({ resource: 'contact', operation: 'update', contactId: 'c1', name: 'Ada', email: '' });
    expect(request).toMatchObject({ method: 'PUT', path: '/contacts/c1', body: { name: 'Ada' } });
    expect(build({ resource: 'contact', operation: 'update', contactId: 'c1', role: 'lead' }).body).toEqual({ role: 'lead' });
  });

  it('keeps every id inside its own path segment', () => {
    expect(build({ resource: 'contact', operation: 'get', contactId: '../admins' }).path).toBe('/contacts/..%2Fadmins');
    expect(build({ resource: 'contact', operation: 'delete', contactId: 'a b/c' }).path).toBe('/contacts/a%20b%2Fc');
    expect(build({ resource: 'ticket', operation: 'get', ticketId: '?admin=1' }).path).toBe('/tickets/%3Fadmin%3D1');
    expect(build({ resource: 'conversation', operation: 'reply', conversationId: '1/../2', message: 'hi' }, 'a1').path).toBe(
      '/conversations/1%2F..%2F2/reply',
    );
    const error = failure({ resource: 'conversation', operation: 'get', conversationId: '..' });
    expect(error.field).toBe('conversationId');
  });

  it('pages lists with per_page (default 50) and starting_after', () => {
    expect(build({ resource: 'contact', operation: 'list' })).toMatchObject({ method: 'GET', path: '/contacts', query: { per_page: '50' } });
    expect(build({ resource: 'conversation', operation: 'list', perPage: 5, startingAfter: 'abc' }).query).toEqual({
      per_page: '5',
      starting_after: 'abc',
    });
  });

  it('sends the search and ticket bodies as written', () => {
    const query = { query: { operator: 'AND', value: [{ field: 'email', operator: '~', value: 'example.com' }] }, pagination: { per_page: 5 } };
    expect(build({ resource: 'contact', operation: 'search', queryJson: JSON.stringify(query) })).toMatchObject({
      method: 'POST',
      path: '/contacts/search',
      body: query,
    });
    const ticket = { ticket_type_id: '12', contacts: [{ email: 'ada@example.com' }], ticket_attributes: { _default_title_: 'Broken' } };
    expect(build({ resource: 'ticket', operation: 'create', ticketJson: JSON.stringify(ticket) })).toMatchObject({
      method: 'POST',
      path: '/tickets',
      body: ticket,
    });
  });

  it('replies as the configured admin, else the connected one, as a comment by default', () => {
    const reply = { resource: 'conversation', operation: 'reply', conversationId: '123', message: 'Thanks!\nBye' };
    expect(build(reply, 'connected')).toMatchObject({
      method: 'POST',
      path: '/conversations/123/reply',
      body: { message_type: 'comment', type: 'admin', admin_id: 'connected', body: 'Thanks!\nBye' },
    });
    expect(build({ ...reply, adminId: '991', replyType: 'note' }, 'connected').body).toEqual({
      message_type: 'note',
      type: 'admin',
      admin_id: '991',
      body: 'Thanks!\nBye',
    });
    expect(build({ ...reply, adminId: '' }, 'connected').body).toMatchObject({ admin_id: 'connected' });
  });

  it('fails clearly when no admin can author a reply', () => {
    const error = failure({ resource: 'conversation', operation: 'reply', conversationId: '1', message: 'hi' });
    expect(error.field).toBe('adminId');
    expect(error.message).toMatch(/choose the admin to act as/);
    expect(failure({ resource: 'conversation', operation: 'reply', conversationId: '1', message: 'hi' }, ' ').field).toBe('adminId');
  });

  it('refuses configs that cannot become a request, naming the field', () => {
    expect(failure({ resource: 'admin', operation: 'delete' })).toMatchObject({
      field: 'operation',
      message: 'The Intercom block has no operation "delete" for resource "admin".',
    });
    expect(failure({ resource: 'contact', operation: 'get' }).message).toBe('contactId is required.');
    expect(failure({ resource: 'conversation', operation: 'reply', conversationId: '1' }, 'a').field).toBe('message');
    expect(failure({ resource: 'contact', operation: 'search', queryJson: '{' }).field).toBe('queryJson');
    expect(failure({ resource: 'ticket', operation: 'create', ticketJson: '"text"' }).message).toBe('ticketJson must be a JSON object, not a string.');
    expect(failure({ resource: 'contact', operation: 'create', customAttributesJson: '{bad' }).field).toBe('customAttributesJson');
    expect(failure({ resource: 'contact', operation: 'list', perPage: 500 }).field).toBe('perPage');
    expect(failure(null as unknown as IntercomConfig).message).toBe('The Intercom block config must be an object.');
  });
});

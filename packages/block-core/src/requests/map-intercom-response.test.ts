import { describe, expect, it } from 'vitest';
import type { IntercomConfig } from '../types.js';
import { mapIntercomResponse } from './map-intercom-response.js';

const config = (resource: string, operation: string, values: Partial<IntercomConfig> = {}): IntercomConfig => ({ resource, operation, ...values });
const contact = { type: 'contact', id: 'c1', email: 'ada@example.com' };
const pages = { type: 'pages', page: 1, per_page: 50, total_pages: 2, next: { per_page: 50, starting_after: 'cursor' } };

describe('mapIntercomResponse on success', () => {
  it('gives each operation exactly its declared outputs', () => {
    expect(mapIntercomResponse(config('contact', 'create'), { status: 200, body: contact })).toEqual({ success: true, contact });
    expect(mapIntercomResponse(config('contact', 'list'), { status: 200, body: { type: 'list', data: [contact], total_count: 1, pages } })).toEqual({
      success: true,
      contacts: [contact],
      pages,
    });
    expect(mapIntercomResponse(config('contact', 'search'), { status: 200, body: { type: 'list', data: [contact], total_count: 1 } })).toEqual({
      success: true,
      results: [contact],
      pages: null,
    });
    expect(mapIntercomResponse(config('contact', 'delete'), { status: 200, body: { type: 'contact', id: 'c1', external_id: null, deleted: true } })).toEqual({
      success: true,
      deleted: true,
    });
    const conversation = { type: 'conversation', id: '5' };
    expect(mapIntercomResponse(config('conversation', 'reply'), { status: 200, body: conversation })).toEqual({ success: true, conversation });
    expect(mapIntercomResponse(config('conversation', 'list'), { status: 200, body: { type: 'conversation.list', conversations: [conversation], pages } })).toEqual({
      success: true,
      conversations: [conversation],
      pages,
    });
    const ticket = { type: 'ticket', id: '9' };
    expect(mapIntercomResponse(config('ticket', 'get'), { status: 200, body: ticket })).toEqual({ success: true, ticket });
    expect(mapIntercomResponse(config('admin', 'list'), { status: 200, body: { type: 'admin.list', admins: [{ id: '1' }] } })).toEqual({
      success: true,
      admins: [{ id: '1' }],
    });
  });

  it('accepts the body as JSON text', () => {
    expect(mapIntercomResponse(config('contact', 'get'), { status: 200, body: JSON.stringify(contact) })).toEqual({ success: true, contact });
  });

  it('reports a 2xx body that is not JSON or not the documented shape, never a half success', () => {
    expect(mapIntercomResponse(config('contact', 'get'), { status: 200, body: '<html>ok</html>' })).toEqual({
      success: false,
      error: 'Intercom answered HTTP 200 with a body that is not JSON: "<html>ok</html>".',
    });
    expect(mapIntercomResponse(config('ticket', 'get'), { status: 200, body: null })).toEqual({
      success: false,
      error: 'Intercom answered without a ticket: the body is null.',
    });
    expect(mapIntercomResponse(config('contact', 'list'), { status: 200, body: { type: 'list' } }).error).toBe(
      'Intercom answered without a list of contacts: "data" is not a list.',
    );
  });
});

describe('mapIntercomResponse on failure', () => {
  it('describes the error for the operation, with no other outputs', () => {
    const outputs = mapIntercomResponse(config('contact', 'get', { contactId: 'nope' }), {
      status: 404,
      body: { type: 'error.list', request_id: 'r', errors: [{ code: 'not_found', message: 'Resource Not Found' }] },
    });
    expect(outputs).toEqual({
      success: false,
      error: 'Intercom has no contact with ID "nope" (contactId). Check the ID, or the step it comes from. Intercom said: Resource Not Found [not_found] (request id r).',
    });
  });

  it('passes headers through (merged contact)', () => {
    const outputs = mapIntercomResponse(config('contact', 'get', { contactId: 'old' }), {
      status: 410,
      body: { type: 'error.list', errors: [{ code: 'contact_merged', message: 'merged' }] },
      headers: { Link: '</contacts/new-id>; rel="canonical"' },
    });
    expect(outputs.success).toBe(false);
    expect(outputs.error).toContain('use its current ID new-id instead');
  });

  it('refuses a config with no such operation', () => {
    expect(mapIntercomResponse(config('ticket', 'delete'), { status: 200, body: {} })).toEqual({
      success: false,
      error: 'The Intercom block has no operation "delete" for resource "ticket".',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { createSpecValidator } from './spec-validator.js';
import { responseExamples } from './intercom-spec.js';

const spec = createSpecValidator();

describe('spec validator over the official Intercom description', () => {
  it('accepts a documented create-contact body and rejects one with none of email, external_id, role', () => {
    expect(spec.validateRequest('CreateContact', { path: '/contacts', body: { email: 'a@b.co' } }).valid).toBe(true);
    const bad = spec.validateRequest('CreateContact', { path: '/contacts', body: { name: 'No identity' } });
    expect(bad.valid).toBe(false);
  });

  it('rejects a search with an operator Intercom does not have', () => {
    const body = { query: { field: 'email', operator: 'contains', value: 'x' } };
    expect(spec.validateRequest('SearchContacts', { path: '/contacts/search', body }).valid).toBe(false);
    const good = { query: { field: 'email', operator: '~', value: 'x' } };
    expect(spec.validateRequest('SearchContacts', { path: '/contacts/search', body: good }).valid).toBe(true);
  });

  it('rejects a path whose id escaped its segment', () => {
    expect(spec.validateRequest('ShowContact', { path: '/contacts/abc' }).valid).toBe(true);
    expect(spec.validateRequest('ShowContact', { path: '/contacts/../admins' }).valid).toBe(false);
    expect(spec.validateRequest('ShowContact', { path: '/contacts/..%2Fadmins' }).valid).toBe(true);
  });

  it('validates responses, with the generic error schema for undocumented error statuses', () => {
    const [example] = responseExamples('listAdmins').filter((e) => e.status === 200);
    expect(spec.validateResponse('listAdmins', 200, example?.value).valid).toBe(true);
    expect(spec.validateResponse('listAdmins', 200, { type: 'admin.list', admins: [{ id: 1 }] }).valid).toBe(false);
    const error = { type: 'error.list', request_id: null, errors: [{ code: 'not_found', message: 'Resource Not Found' }] };
    expect(spec.validateResponse('ShowContact', 404, error).valid).toBe(true);
    expect(spec.validateResponse('ShowContact', 404, { oops: true }).valid).toBe(false);
  });

  it('takes a contact id as createConversation from.id: the uuid format goes (no string meets it and 24 characters), the length stays', () => {
    const body = (id: string) => ({ from: { type: 'contact', id }, body: 'Hello' });
    expect(spec.validateRequest('createConversation', { path: '/conversations', body: body('6762f11b1bb69f9f2193bba3') }).errors).toEqual([]);
    expect(spec.validateRequest('createConversation', { path: '/conversations', body: body('6762f11b') }).valid).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { contactCreate } from './contact-create.js';

describe('contact.create', () => {
  it('defaults the role to user and adds only given attributes', () => {
    expect(contactCreate.buildRequest({ resource: 'contact', operation: 'create' })).toEqual({ body: { role: 'user' } });
    expect(contactCreate.buildRequest({ resource: 'contact', operation: 'create', role: 'lead', phone: '+14155550123' })).toEqual({
      body: { role: 'lead', phone: '+14155550123' },
    });
  });

  it('refuses a role Intercom does not have', () => {
    expect(() => contactCreate.buildRequest({ resource: 'contact', operation: 'create', role: 'visitor' })).toThrow('role must be one of user, lead');
  });

  it('outputs the created contact', () => {
    expect(contactCreate.mapResponse({ type: 'contact', id: '1' })).toEqual({ contact: { type: 'contact', id: '1' } });
  });

  it("has no rule across fields: create's role defaults to User, which Intercom accepts alone", () => {
    expect('validate' in contactCreate).toBe(false);
  });
});

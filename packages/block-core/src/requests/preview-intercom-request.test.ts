import { describe, expect, it } from 'vitest';
import { CONNECTED_ADMIN_PLACEHOLDER, previewIntercomRequest } from './preview-intercom-request.js';

describe('previewIntercomRequest', () => {
  const samples = { Trigger: { contact: { id: '6762f0d0a1b2c3d4e5f60001', email: 'jane@example.com' } } };

  it('builds the request with references resolved from the samples', () => {
    const result = previewIntercomRequest({ resource: 'contact', operation: 'get', contactId: '<Trigger.contact.id>' }, samples);
    expect(result.request).toMatchObject({ method: 'GET', path: '/contacts/6762f0d0a1b2c3d4e5f60001' });
    expect(result.unresolved).toEqual([]);
  });

  it('keeps an unknown reference as written in its field, names it, and still resolves the others', () => {
    const result = previewIntercomRequest(
      { resource: 'contact', operation: 'create', email: '<Trigger.contact.email>', name: '<Trigger.contact.nickname>' },
      samples,
    );
    expect(result.request?.body).toMatchObject({ email: 'jane@example.com', name: '<Trigger.contact.nickname>' });
    expect(result.unresolved).toHaveLength(1);
    expect(result.unresolved[0]).toMatchObject({ field: 'name', message: expect.stringContaining('nickname') as string });
  });

  it('stands in for the connected admin where the operation needs one and none is named, or uses the one given', () => {
    const reply = { resource: 'conversation', operation: 'reply', conversationId: '1', message: 'Hi' } as const;
    expect(previewIntercomRequest(reply, {}).request?.body).toMatchObject({ admin_id: CONNECTED_ADMIN_PLACEHOLDER });
    expect(previewIntercomRequest(reply, {}, { adminId: '991' }).request?.body).toMatchObject({ admin_id: '991' });
  });

  it('says why the request cannot be built yet instead of throwing', () => {
    const result = previewIntercomRequest({ resource: 'contact', operation: 'get' }, {});
    expect(result.request).toBeUndefined();
    expect(result.problem).toMatch(/contactId/i);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedContactIds } from '../seed/contacts.js';
import { call } from '../test-support/call.js';
import type { ContactJson, ErrorJson } from '../test-support/wire.js';

const sandbox = createIntercomSandbox({ clock: () => Date.UTC(2025, 5, 10) });

describe('GET /contacts/find_by_external_id/{external_id}', () => {
  beforeEach(() => sandbox.reset());

  it('answers the user with that external id, as a GET by id does', async () => {
    const { status, body } = await call<ContactJson>(sandbox, 'GET', '/contacts/find_by_external_id/usr_1002');
    expect(status).toBe(200);
    expect(body).toEqual((await call<ContactJson>(sandbox, 'GET', `/contacts/${seedContactIds.jonas}`)).body);
  });

  it('finds an external id that needs encoding, and an archived user', async () => {
    const created = await call<ContactJson>(sandbox, 'POST', '/contacts', { body: { external_id: 'acct/42 ü', email: 'slash@example.com' } });
    await call(sandbox, 'POST', `/contacts/${created.body.id}/archive`);
    const { status, body } = await call<ContactJson>(sandbox, 'GET', `/contacts/find_by_external_id/${encodeURIComponent('acct/42 ü')}`);
    expect([status, body.id, body.archived]).toEqual([200, created.body.id, true]);
  });

  it('answers the generic 404 for an unknown external id and for a lead’s (users only)', async () => {
    await call(sandbox, 'POST', '/contacts', { body: { role: 'lead', external_id: 'lead-7' } });
    for (const externalId of ['nobody-has-this', 'lead-7']) {
      const { status, body } = await call<ErrorJson>(sandbox, 'GET', `/contacts/find_by_external_id/${externalId}`);
      expect([status, body.errors[0]], externalId).toEqual([404, { code: 'not_found', message: 'User Not Found' }]);
    }
  });
});

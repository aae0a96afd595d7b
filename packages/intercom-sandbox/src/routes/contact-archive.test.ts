import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedContactIds } from '../seed/contacts.js';
import { call } from '../test-support/call.js';
import type { ArchivedContactJson, ContactJson, ContactListJson, ErrorJson } from '../test-support/wire.js';

const NOW = 1749556800;
const sandbox = createIntercomSandbox({ clock: () => NOW * 1000 });
const { jonas } = seedContactIds;

const listedIds = async () => (await call<ContactListJson>(sandbox, 'GET', '/contacts?per_page=150')).body.data.map((c) => c.id);
const foundIds = async (email: string) =>
  (await call<ContactListJson>(sandbox, 'POST', '/contacts/search', { body: { query: { field: 'email', operator: '=', value: email } } })).body.data.map((c) => c.id);

describe('archiving a contact', () => {
  beforeEach(() => sandbox.reset());

  it('archive answers the contact reference, leaves list and search, and a GET by id shows it archived', async () => {
    const jonasEmail = (await call<ContactJson>(sandbox, 'GET', `/contacts/${jonas}`)).body.email;
    expect(await listedIds()).toContain(jonas);
    expect(await foundIds(jonasEmail)).toEqual([jonas]);

    const { status, body } = await call<ArchivedContactJson>(sandbox, 'POST', `/contacts/${jonas}/archive`);
    expect(status).toBe(200);
    expect(body).toEqual({ type: 'contact', id: jonas, external_id: 'usr_1002', archived: true });
    expect(await listedIds()).not.toContain(jonas);
    expect(await foundIds(jonasEmail)).toEqual([]);
    const read = await call<ContactJson>(sandbox, 'GET', `/contacts/${jonas}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: jonas, archived: true, updated_at: NOW });
  });

  it('unarchive brings it back into list and search', async () => {
    const jonasEmail = (await call<ContactJson>(sandbox, 'GET', `/contacts/${jonas}`)).body.email;
    await call(sandbox, 'POST', `/contacts/${jonas}/archive`);
    const { status, body } = await call<ArchivedContactJson>(sandbox, 'POST', `/contacts/${jonas}/unarchive`);
    expect(status).toBe(200);
    expect(body).toEqual({ type: 'contact', id: jonas, external_id: 'usr_1002', archived: false });
    expect(await listedIds()).toContain(jonas);
    expect(await foundIds(jonasEmail)).toEqual([jonas]);
    expect((await call<ContactJson>(sandbox, 'GET', `/contacts/${jonas}`)).body.archived).toBe(false);
  });

  it('a contact that is not archived reads archived false, and a reset restores the seed', async () => {
    await call(sandbox, 'POST', `/contacts/${jonas}/archive`);
    sandbox.reset();
    expect((await call<ContactJson>(sandbox, 'GET', `/contacts/${jonas}`)).body.archived).toBe(false);
  });

  it('a user with the email of an archived one is refused as Intercom does, naming the archived contact', async () => {
    const jonasEmail = (await call<ContactJson>(sandbox, 'GET', `/contacts/${jonas}`)).body.email;
    await call(sandbox, 'POST', `/contacts/${jonas}/archive`);
    const { status, body } = await call<ErrorJson>(sandbox, 'POST', '/contacts', { body: { email: jonasEmail } });
    expect(status).toBe(409);
    expect(body.errors).toEqual([{ code: 'conflict', message: `An archived contact matching those details already exists with id=${jonas}` }]);
  });

  it.each(['archive', 'unarchive'])('%s answers 404 for an unknown contact and 410 for a merged one', async (action) => {
    const unknown = await call<ErrorJson>(sandbox, 'POST', `/contacts/000000000000000000000000/${action}`);
    expect([unknown.status, unknown.body.errors[0]]).toEqual([404, { code: 'not_found', message: 'User Not Found' }]);
    const merged = await call<ErrorJson>(sandbox, 'POST', `/contacts/${seedContactIds.mergedAmaraLead}/${action}`);
    expect([merged.status, merged.body.errors[0]?.code]).toEqual([410, 'contact_merged']);
  });
});

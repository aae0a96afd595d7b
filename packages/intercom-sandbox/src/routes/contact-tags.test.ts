import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedContactIds } from '../seed/contacts.js';
import { seedTagIds } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { ContactJson, ContactListJson, ErrorJson, TagJson } from '../test-support/wire.js';

const NOW = 1749556800;
const sandbox = createIntercomSandbox({ clock: () => NOW * 1000 });
const { jonas } = seedContactIds;

const tagIdsOf = async (id: string) => (await call<ContactJson>(sandbox, 'GET', `/contacts/${id}`)).body.tags.data.map((t) => t.id);
const taggedWith = async (tagId: string) =>
  (await call<ContactListJson>(sandbox, 'POST', '/contacts/search', { body: { query: { field: 'tag_id', operator: '=', value: tagId }, pagination: { per_page: 150 } } })).body.data.map((c) => c.id);

describe('contact tags', () => {
  beforeEach(() => sandbox.reset());

  it('POST adds the tag: it answers the tag applied by the token’s admin, the contact shows it and a tag_id search finds it', async () => {
    expect(await taggedWith(seedTagIds.vip)).not.toContain(jonas);
    const me = (await call<{ id: string }>(sandbox, 'GET', '/me')).body.id;
    const { status, body } = await call<TagJson>(sandbox, 'POST', `/contacts/${jonas}/tags`, { body: { id: seedTagIds.vip } });
    expect(status).toBe(200);
    expect(body).toEqual({ type: 'tag', id: seedTagIds.vip, name: 'VIP', applied_at: NOW, applied_by: { type: 'admin', id: me } });
    expect(await tagIdsOf(jonas)).toContain(seedTagIds.vip);
    expect(await taggedWith(seedTagIds.vip)).toContain(jonas);
    const listed = await call<{ type: string; data: TagJson[] }>(sandbox, 'GET', `/contacts/${jonas}/tags`);
    expect(listed.body.data.find((t) => t.id === seedTagIds.vip)).toEqual(body);
  });

  it('adding a tag twice keeps one; the spec’s integer tag id works', async () => {
    const before = await tagIdsOf(jonas);
    await call(sandbox, 'POST', `/contacts/${jonas}/tags`, { body: { id: seedTagIds.churnRisk } });
    await call(sandbox, 'POST', `/contacts/${jonas}/tags`, { body: { id: Number(seedTagIds.churnRisk) } });
    expect(await tagIdsOf(jonas)).toEqual([...before, seedTagIds.churnRisk]);
  });

  it('DELETE removes the tag and answers it: the contact no longer shows it and the search no longer finds it', async () => {
    await call(sandbox, 'POST', `/contacts/${jonas}/tags`, { body: { id: seedTagIds.vip } });
    const { status, body } = await call<TagJson>(sandbox, 'DELETE', `/contacts/${jonas}/tags/${seedTagIds.vip}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: 'tag', id: seedTagIds.vip, name: 'VIP', applied_at: NOW });
    expect(await tagIdsOf(jonas)).not.toContain(seedTagIds.vip);
    expect(await taggedWith(seedTagIds.vip)).not.toContain(jonas);
    // Removing a tag the contact does not have answers the bare tag.
    expect((await call<TagJson>(sandbox, 'DELETE', `/contacts/${jonas}/tags/${seedTagIds.vip}`)).body).toEqual({ type: 'tag', id: seedTagIds.vip, name: 'VIP' });
  });

  it.each([
    ['POST', '/contacts/000000000000000000000000/tags', { id: seedTagIds.vip }, 404, 'not_found', 'User Not Found'],
    ['POST', `/contacts/${jonas}/tags`, { id: '42' }, 404, 'not_found', 'Resource Not Found'],
    ['POST', `/contacts/${jonas}/tags`, {}, 400, 'parameter_not_found', 'id (the tag id) is required'],
    ['POST', `/contacts/${jonas}/tags`, { id: true }, 400, 'parameter_invalid', 'id must be a string (the tag id)'],
    ['DELETE', `/contacts/000000000000000000000000/tags/${seedTagIds.vip}`, undefined, 404, 'not_found', 'User Not Found'],
    ['DELETE', `/contacts/${jonas}/tags/42`, undefined, 404, 'not_found', 'Resource Not Found'],
    ['GET', '/contacts/000000000000000000000000/tags', undefined, 404, 'not_found', 'User Not Found'],
  ])('%s %s answers %s and changes nothing', async (method, path, body, status, code, message) => {
    const before = await tagIdsOf(jonas);
    const response = await call<ErrorJson>(sandbox, method, path, body === undefined ? {} : { body });
    expect(response.status).toBe(status);
    expect(response.body.errors[0]).toEqual({ code, message });
    expect(await tagIdsOf(jonas)).toEqual(before);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedAdminIds, seedContactIds, seedTagIds } from '@workflow-blocks/intercom-sandbox';
import { harnessClients, startProxyHarness, type ProxyHarness } from './test-support/proxy-harness.js';

let harness: ProxyHarness;

describe.each(harnessClients)('managing a contact through the proxy to the sandbox, with the %s client', (client) => {
  beforeAll(async () => {
    harness = await startProxyHarness({ client });
  });
  afterAll(async () => {
    await harness.close();
  });
  beforeEach(() => {
    harness.sandbox.reset();
  });

  const lastSeen = () => harness.sandbox.seen.at(-1);
  const taggedVip = async () => {
    const found = await harness.transport.execute({ resource: 'contact', operation: 'search', queryJson: JSON.stringify({ query: { field: 'tag_id', operator: '=', value: seedTagIds.vip } }) });
    return (found.results as { id: string }[]).map((c) => c.id);
  };

  it('finds a contact by external id, tags it, notes it, archives it (search loses it) and unarchives it', async () => {
    const { transport } = harness;
    const found = await transport.execute({ resource: 'contact', operation: 'findByExternalId', externalId: 'usr_1002' });
    expect(found).toMatchObject({ success: true, contact: { id: seedContactIds.jonas, external_id: 'usr_1002' } });
    const id = seedContactIds.jonas;

    expect(await taggedVip()).not.toContain(id);
    expect(await transport.execute({ resource: 'contact', operation: 'addTag', contactId: id, tagId: seedTagIds.vip })).toMatchObject({ success: true, tag: { id: seedTagIds.vip, name: 'VIP' } });
    expect(JSON.parse(lastSeen()?.body ?? '{}')).toEqual({ id: seedTagIds.vip });
    expect(await taggedVip()).toContain(id);

    const noted = await transport.execute({ resource: 'contact', operation: 'addNote', contactId: id, message: 'Asked about seats' });
    // As the connected admin, the text kept as Intercom's HTML.
    expect(noted).toMatchObject({ success: true, note: { type: 'note', contact: { id }, author: { id: seedAdminIds.maya }, body: '<p>Asked about seats</p>' } });
    expect(JSON.parse(lastSeen()?.body ?? '{}')).toEqual({ body: 'Asked about seats', admin_id: seedAdminIds.maya });

    expect(await transport.execute({ resource: 'contact', operation: 'archive', contactId: id })).toEqual({ success: true, contact: { type: 'contact', id, external_id: 'usr_1002', archived: true } });
    expect(await taggedVip()).not.toContain(id);
    expect((await transport.execute({ resource: 'contact', operation: 'get', contactId: id })).contact).toMatchObject({ archived: true, notes: { total_count: 1 } });
    expect(await transport.execute({ resource: 'contact', operation: 'unarchive', contactId: id })).toMatchObject({ success: true, contact: { archived: false } });
    expect(await taggedVip()).toContain(id);

    const untagged = await transport.execute({ resource: 'contact', operation: 'removeTag', contactId: id, tagId: seedTagIds.vip });
    expect(untagged).toMatchObject({ success: true, tag: { id: seedTagIds.vip } });
    expect(lastSeen()).toMatchObject({ method: 'DELETE' });
    expect(await taggedVip()).not.toContain(id);
  });

  it('says no contact has an unknown external id, and names both ids when a tag or contact is unknown', async () => {
    const { transport } = harness;
    const unknown = await transport.execute({ resource: 'contact', operation: 'findByExternalId', externalId: 'nobody-42' });
    expect(unknown.success).toBe(false);
    expect(unknown.error).toMatch(/^No Intercom contact has the external ID "nobody-42" \(externalId\).*\[not_found\]/);
    const tagged = await transport.execute({ resource: 'contact', operation: 'addTag', contactId: seedContactIds.jonas, tagId: '42' });
    expect(tagged.error).toMatch(/^Intercom has no contact with ID "[0-9a-f]{24}" \(contactId\), or no tag with ID "42" \(tagId\)\./);
    const archived = await transport.execute({ resource: 'contact', operation: 'archive', contactId: '000000000000000000000000' });
    expect(archived.error).toMatch(/^Intercom has no contact with ID "000000000000000000000000" \(contactId\)\./);
  });
});

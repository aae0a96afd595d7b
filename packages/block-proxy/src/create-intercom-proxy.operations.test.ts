import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INTERCOM_API_VERSION, runBlock } from '@workflow-blocks/block-core';
import { seedAdminIds, seedContactIds, seedConversationIds, seedTagIds, seedTeamIds, seedTicketIds, seedTicketTypeIds } from '@workflow-blocks/intercom-sandbox';
import { harnessClients, startProxyHarness, type ProxyHarness } from './test-support/proxy-harness.js';

let harness: ProxyHarness;

describe.each(harnessClients)('with the %s client', (client) => {
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

  describe('every operation through the proxy to the sandbox', () => {
    it('creates, gets, updates, lists, searches and deletes a contact', async () => {
      const { transport } = harness;
      const created = await transport.execute({
        resource: 'contact',
        operation: 'create',
        role: 'lead',
        email: 'new.lead@example.com',
        name: 'New Lead',
        phone: '+14155550123',
        customAttributesJson: '{"plan":"pro"}',
      });
      expect(created).toMatchObject({ success: true, contact: { type: 'contact', role: 'lead', email: 'new.lead@example.com', name: 'New Lead' } });
      const id = (created.contact as { id: string }).id;

      const fetched = await transport.execute({ resource: 'contact', operation: 'get', contactId: id });
      expect(fetched).toMatchObject({ success: true, contact: { id, email: 'new.lead@example.com' } });

      const updated = await transport.execute({ resource: 'contact', operation: 'update', contactId: id, name: 'Renamed Lead' });
      expect(updated).toMatchObject({ success: true, contact: { id, name: 'Renamed Lead', role: 'lead' } });

      const listed = await transport.execute({ resource: 'contact', operation: 'list', perPage: 2 });
      expect(listed.success).toBe(true);
      expect(listed.contacts).toHaveLength(2);
      expect(listed.pages).toMatchObject({ type: 'pages', per_page: 2 });
      expect(lastSeen()?.search).toBe('?per_page=2');

      const found = await transport.execute({
        resource: 'contact',
        operation: 'search',
        queryJson: JSON.stringify({ query: { field: 'email', operator: '=', value: 'new.lead@example.com' } }),
      });
      expect(found.success).toBe(true);
      expect((found.results as { id: string }[]).map((c) => c.id)).toEqual([id]);

      const deleted = await transport.execute({ resource: 'contact', operation: 'delete', contactId: id });
      expect(deleted).toEqual({ success: true, deleted: true });
      const gone = await transport.execute({ resource: 'contact', operation: 'get', contactId: id });
      expect(gone.success).toBe(false);
      expect(gone.error).toContain(id);
    });

    it('gets and lists conversations, and replies as the connected admin by default', async () => {
      const { transport } = harness;
      const listed = await transport.execute({ resource: 'conversation', operation: 'list', perPage: 5 });
      expect(listed.success).toBe(true);
      expect(Array.isArray(listed.conversations)).toBe(true);

      const id = seedConversationIds.exportFailing;
      const fetched = await transport.execute({ resource: 'conversation', operation: 'get', conversationId: id });
      expect(fetched).toMatchObject({ success: true, conversation: { type: 'conversation', id } });

      const replied = await transport.execute({ resource: 'conversation', operation: 'reply', conversationId: id, message: 'We are on it.' });
      expect(replied).toMatchObject({ success: true, conversation: { id } });
      expect(JSON.parse(lastSeen()?.body ?? '{}')).toEqual({ message_type: 'comment', type: 'admin', admin_id: seedAdminIds.maya, body: 'We are on it.' });

      const note = await transport.execute({
        resource: 'conversation',
        operation: 'reply',
        conversationId: id,
        message: 'Internal: escalate',
        replyType: 'note',
        adminId: seedAdminIds.lucas,
      });
      expect(note.success).toBe(true);
      expect(JSON.parse(lastSeen()?.body ?? '{}')).toMatchObject({ message_type: 'note', admin_id: seedAdminIds.lucas });

      // Only spaces name no admin, for runBlock's pre-flight and the proxy alike (one rule, in block-core).
      const blank = await runBlock(
        { resource: 'conversation', operation: 'reply', conversationId: id, message: 'Blank admin', adminId: '  ' },
        { stepOutputs: {}, transport },
      );
      expect(blank).toMatchObject({ success: true, conversation: { id } });
      expect(JSON.parse(lastSeen()?.body ?? '{}')).toMatchObject({ admin_id: seedAdminIds.maya, body: 'Blank admin' });
    });

    it('manages a conversation: finds it unassigned, assigns it to a team with a note, snoozes, opens, tags, untags and closes it', async () => {
      const { transport } = harness;
      const unassigned = { query: { operator: 'AND', value: [{ field: 'open', operator: '=', value: true }, { field: 'admin_assignee_id', operator: '=', value: 0 }, { field: 'team_assignee_id', operator: '=', value: 0 }] } };
      const found = await transport.execute({ resource: 'conversation', operation: 'search', queryJson: JSON.stringify(unassigned) });
      expect(found.success).toBe(true);
      const id = (found.results as { id: string }[])[0]?.id ?? '';
      expect(id).toBe(seedConversationIds.pricingLead);

      const assigned = await transport.execute({ resource: 'conversation', operation: 'assign', conversationId: id, assigneeType: 'team', assigneeId: seedTeamIds.billing, message: 'For billing' });
      expect(assigned).toMatchObject({ success: true, conversation: { id, team_assignee_id: Number(seedTeamIds.billing) } });
      // As the connected admin, with the note.
      expect(JSON.parse(lastSeen()?.body ?? '{}')).toEqual({ message_type: 'assignment', type: 'team', admin_id: seedAdminIds.maya, assignee_id: seedTeamIds.billing, body: 'For billing' });

      const snoozed = await transport.execute({ resource: 'conversation', operation: 'snooze', conversationId: id, snoozedUntil: '2099-01-01T00:00:00Z' });
      expect(snoozed).toMatchObject({ success: true, conversation: { state: 'snoozed', snoozed_until: 4070908800 } });
      const past = await transport.execute({ resource: 'conversation', operation: 'snooze', conversationId: id, snoozedUntil: '2001-01-01T00:00:00Z' });
      expect(past.success).toBe(false);
      expect(past.error).toMatch(/in the past/);
      expect((await transport.execute({ resource: 'conversation', operation: 'open', conversationId: id })).conversation).toMatchObject({ state: 'open' });

      expect(await transport.execute({ resource: 'conversation', operation: 'addTag', conversationId: id, tagId: seedTagIds.vip })).toMatchObject({ success: true, tag: { id: seedTagIds.vip, name: 'VIP' } });
      const untagged = await transport.execute({ resource: 'conversation', operation: 'removeTag', conversationId: id, tagId: seedTagIds.vip });
      expect(untagged).toMatchObject({ success: true, tag: { id: seedTagIds.vip } });
      // The DELETE carried its {admin_id} body to Intercom.
      expect(lastSeen()).toMatchObject({ method: 'DELETE' });
      expect(JSON.parse(lastSeen()?.body ?? '{}')).toEqual({ admin_id: seedAdminIds.maya });

      expect((await transport.execute({ resource: 'conversation', operation: 'close', conversationId: id, message: 'Answered' })).conversation).toMatchObject({ state: 'closed', open: false });
      const read = await transport.execute({ resource: 'conversation', operation: 'get', conversationId: id });
      expect(read.conversation).toMatchObject({ state: 'closed', team_assignee_id: Number(seedTeamIds.billing), tags: { tags: [] } });
    });

    it('creates a conversation from a contact, then replies to it', async () => {
      const { transport } = harness;
      const created = await transport.execute({ resource: 'conversation', operation: 'create', contactId: seedContactIds.jonas, message: 'Where is my invoice?' });
      expect(created).toMatchObject({ success: true, message: { type: 'user_message', body: 'Where is my invoice?' } });
      const conversationId = (created.message as { conversation_id: string }).conversation_id;
      const replied = await transport.execute({ resource: 'conversation', operation: 'reply', conversationId, message: 'Sent again.' });
      expect(replied).toMatchObject({ success: true, conversation: { id: conversationId } });
    });

    it('creates and gets a ticket, and lists admins', async () => {
      const { transport } = harness;
      const ticketJson = JSON.stringify({
        ticket_type_id: seedTicketTypeIds.bugReport,
        contacts: [{ id: seedContactIds.amara }],
        ticket_attributes: { _default_title_: 'Export fails', severity: '5003' },
      });
      const created = await transport.execute({ resource: 'ticket', operation: 'create', ticketJson });
      expect(created).toMatchObject({ success: true, ticket: { type: 'ticket' } });

      const fetched = await transport.execute({ resource: 'ticket', operation: 'get', ticketId: seedTicketIds.exportBug });
      expect(fetched).toMatchObject({ success: true, ticket: { id: seedTicketIds.exportBug } });

      const admins = await transport.execute({ resource: 'admin', operation: 'list' });
      expect(admins.success).toBe(true);
      expect((admins.admins as { id: string }[]).map((a) => a.id)).toEqual(expect.arrayContaining(Object.values(seedAdminIds)));
    });

    it('sends the token, Intercom-Version and JSON headers, and only to the configured server', async () => {
      await harness.transport.execute({ resource: 'admin', operation: 'list' });
      const seen = lastSeen();
      expect(seen?.headers.authorization).toBe(`Bearer ${harness.sandbox.token}`);
      expect(seen?.headers['intercom-version']).toBe(INTERCOM_API_VERSION);
      expect(seen?.headers.accept).toBe('application/json');
    });
  });

  describe('connection and editor pickers', () => {
    it('reports the connected admin and workspace from GET /me, in sandbox mode', async () => {
      const state = await harness.transport.connection();
      expect(state).toMatchObject({
        connected: true,
        mode: 'sandbox',
        region: 'us',
        admin: { id: seedAdminIds.maya, name: 'Maya Okafor' },
        workspace: { id: expect.any(String) as unknown },
      });
      expect(state.reason).toBeUndefined();
    });

    it('lists ticket types with their attributes and admins, cached briefly', async () => {
      const types = await harness.transport.ticketTypes();
      const bug = types.find((t) => t.id === seedTicketTypeIds.bugReport);
      expect(bug?.name).toBe('Bug report');
      expect(bug?.attributes.find((a) => a.name === 'severity')).toMatchObject({ data_type: 'list', required_to_create: true });

      const admins = await harness.transport.admins();
      expect(admins).toContainEqual({ id: seedAdminIds.maya, name: 'Maya Okafor', email: 'maya.okafor@northwind.example' });

      harness.sandbox.seen.length = 0;
      await harness.transport.ticketTypes();
      await harness.transport.admins();
      expect(harness.sandbox.seen).toHaveLength(0);
    });

    it('lists the workspace’s teams and tags for the pickers, as {id, name} with text ids, cached briefly', async () => {
      expect(await harness.transport.teams?.()).toEqual([
        { id: seedTeamIds.support, name: 'Support' },
        { id: seedTeamIds.billing, name: 'Billing' },
      ]);
      const tags = await harness.transport.tags?.();
      expect(tags).toContainEqual({ id: seedTagIds.vip, name: 'VIP' });
      expect(tags).toHaveLength(Object.keys(seedTagIds).length);
      harness.sandbox.seen.length = 0;
      await harness.transport.teams?.();
      await harness.transport.tags?.();
      expect(harness.sandbox.seen).toHaveLength(0);
    });

    it('lists the workspace’s custom contact attributes (GET /data_attributes?model=contact) with types and options, cached briefly', async () => {
      harness.sandbox.seen.length = 0;
      const attributes = await harness.transport.dataAttributes?.();
      expect(harness.sandbox.seen.map((seen) => `${seen.method} ${seen.path}${seen.search}`)).toEqual(['GET /data_attributes?model=contact']);
      expect(attributes?.map((attribute) => attribute.name)).toEqual(['plan', 'seats', 'monthly_spend', 'beta_tester', 'renewal_date', 'industry', 'signup_source']);
      expect(attributes).toContainEqual({ name: 'plan', label: 'Plan', data_type: 'string', description: 'Subscription plan', options: ['free', 'starter', 'pro', 'enterprise'] });
      expect(attributes).toContainEqual({ name: 'renewal_date', label: 'Renewal date', data_type: 'date', description: 'Next renewal (unix seconds)' });
      harness.sandbox.seen.length = 0;
      await harness.transport.dataAttributes?.();
      expect(harness.sandbox.seen).toHaveLength(0);
    });
  });

  describe('mounting', () => {
    it('serves under a base path, for hosts that mount it below their own routes', async () => {
      const mounted = await startProxyHarness({ client, proxy: { basePath: '/api' } });
      try {
        expect((await mounted.call('/api/v1/intercom/connection')).json).toMatchObject({ connected: true });
        expect((await mounted.call('/v1/intercom/connection')).status).toBe(404);
      } finally {
        await mounted.close();
      }
    });
  });
});

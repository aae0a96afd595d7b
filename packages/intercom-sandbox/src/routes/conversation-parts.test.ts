import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedConversationIds } from '../seed/conversations.js';
import { seedAdminIds, seedTeamIds } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { ConversationJson, OrErrors } from '../test-support/wire.js';

const NOW = 1749556800;
const sandbox = createIntercomSandbox({ clock: () => NOW * 1000 });
const manage = (id: string, body: unknown) => call<OrErrors<ConversationJson>>(sandbox, 'POST', `/conversations/${id}/parts`, { body });
const fetchConversation = async (id: string) => (await call<ConversationJson>(sandbox, 'GET', `/conversations/${id}`)).body;
const lastPart = (conversation: ConversationJson) => conversation.conversation_parts?.conversation_parts.at(-1);
const { pricingLead, invoiceQuestion, webhookRetries, dataResidency } = seedConversationIds;

describe('POST /conversations/:id/parts', () => {
  beforeEach(() => sandbox.reset());

  it('closes: state closed, open false, a close part with the note as HTML, and it stays closed on the next read', async () => {
    const { status, body } = await manage(pricingLead, { message_type: 'close', type: 'admin', admin_id: seedAdminIds.lucas, body: 'Answered by email.' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ state: 'closed', open: false, updated_at: NOW });
    expect(lastPart(body)).toMatchObject({ part_type: 'close', body: '<p>Answered by email.</p>', author: { type: 'admin', id: seedAdminIds.lucas } });
    const read = await fetchConversation(pricingLead);
    expect(read).toMatchObject({ state: 'closed', open: false });
    expect(lastPart(read)?.part_type).toBe('close');
  });

  it('opens a closed conversation with an open part', async () => {
    const { body } = await manage(invoiceQuestion, { message_type: 'open', admin_id: seedAdminIds.priya });
    expect(body).toMatchObject({ state: 'open', open: true });
    expect(lastPart(body)).toMatchObject({ part_type: 'open', author: { id: seedAdminIds.priya } });
  });

  it('snoozes until a future time: state snoozed, still open, snoozed_until set; opening clears it', async () => {
    const { body } = await manage(pricingLead, { message_type: 'snoozed', admin_id: seedAdminIds.maya, snoozed_until: NOW + 86_400 });
    expect(body).toMatchObject({ state: 'snoozed', open: true, snoozed_until: NOW + 86_400 });
    expect(lastPart(body)?.part_type).toBe('snoozed');
    const reopened = await manage(pricingLead, { message_type: 'open', admin_id: seedAdminIds.maya });
    expect(reopened.body).toMatchObject({ state: 'open', snoozed_until: null });
  });

  it('rejects a snooze that is not in the future and leaves the conversation as it was', async () => {
    for (const until of [NOW - 1, NOW]) {
      const { status, body } = await manage(pricingLead, { message_type: 'snoozed', admin_id: seedAdminIds.maya, snoozed_until: until });
      expect(status).toBe(400);
      expect(body.errors[0]).toMatchObject({ code: 'parameter_invalid', message: 'snoozed_until must be in the future' });
    }
    expect(await fetchConversation(pricingLead)).toMatchObject({ state: 'open', snoozed_until: null });
  });

  it('assigns to a team (team_assignee_id, an assignment part with the note) without touching the admin assignee', async () => {
    const before = await fetchConversation(dataResidency);
    const { body } = await manage(dataResidency, { message_type: 'assignment', type: 'team', admin_id: seedAdminIds.maya, assignee_id: seedTeamIds.billing, body: 'Billing owns residency' });
    expect(body.team_assignee_id).toBe(Number(seedTeamIds.billing));
    expect(body.admin_assignee_id).toBe(before.admin_assignee_id);
    expect(lastPart(body)).toMatchObject({ part_type: 'assignment', assigned_to: { type: 'team', id: seedTeamIds.billing }, body: '<p>Billing owns residency</p>' });
  });

  it('assigns to an admin by id (string or integer) and unassigns with 0', async () => {
    const assigned = await manage(pricingLead, { message_type: 'assignment', type: 'admin', admin_id: seedAdminIds.maya, assignee_id: Number(seedAdminIds.lucas) });
    expect(assigned.body.admin_assignee_id).toBe(Number(seedAdminIds.lucas));
    expect(lastPart(assigned.body)?.assigned_to).toEqual({ type: 'admin', id: seedAdminIds.lucas });
    const unassigned = await manage(pricingLead, { message_type: 'assignment', type: 'admin', admin_id: seedAdminIds.maya, assignee_id: '0' });
    expect(unassigned.body.admin_assignee_id).toBe(0);
    expect(lastPart(unassigned.body)?.assigned_to).toBeNull();
  });

  it.each([
    ['a missing admin_id', { message_type: 'close', type: 'admin' }, 400, 'parameter_not_found'],
    ['an unknown admin', { message_type: 'open', admin_id: '123' }, 404, 'admin_not_found'],
    ['an unknown team', { message_type: 'assignment', type: 'team', admin_id: seedAdminIds.maya, assignee_id: '77' }, 404, 'team_not_found'],
    ['an unknown assignee admin', { message_type: 'assignment', type: 'admin', admin_id: seedAdminIds.maya, assignee_id: '77' }, 404, 'admin_not_found'],
    ['a missing assignee_id', { message_type: 'assignment', type: 'admin', admin_id: seedAdminIds.maya }, 400, 'parameter_not_found'],
    ['a close without type', { message_type: 'close', admin_id: seedAdminIds.maya }, 400, 'parameter_not_found'],
    ['an unknown message_type', { message_type: 'comment', admin_id: seedAdminIds.maya }, 400, 'parameter_invalid'],
    ['a snooze time as text', { message_type: 'snoozed', admin_id: seedAdminIds.maya, snoozed_until: '2026-01-01' }, 400, 'parameter_invalid'],
  ])('answers %s with Intercom’s error and changes nothing', async (_name, request, status, code) => {
    const before = await fetchConversation(pricingLead);
    const { status: actual, body } = await manage(pricingLead, request);
    expect(actual).toBe(status);
    expect(body).toMatchObject({ type: 'error.list', errors: [{ code }] });
    expect(await fetchConversation(pricingLead)).toEqual(before);
  });

  it('answers 404 not_found for an unknown conversation', async () => {
    const { status, body } = await manage('404', { message_type: 'close', type: 'admin', admin_id: seedAdminIds.maya });
    expect(status).toBe(404);
    expect(body.errors[0]?.code).toBe('not_found');
  });

  it('counts the new parts in the statistics', async () => {
    await manage(webhookRetries, { message_type: 'close', type: 'admin', admin_id: seedAdminIds.lucas });
    const { body } = await call<{ statistics: { last_close_at: number; last_closed_by_id: string } }>(sandbox, 'GET', `/conversations/${webhookRetries}`);
    expect(body.statistics).toMatchObject({ last_close_at: NOW, last_closed_by_id: seedAdminIds.lucas });
  });
});

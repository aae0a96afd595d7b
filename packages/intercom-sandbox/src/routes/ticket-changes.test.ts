import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedContactIds } from '../seed/contacts.js';
import { seedTicketIds } from '../seed/tickets.js';
import { seedTicketTypeIds } from '../seed/ticket-types.js';
import { seedAdminIds, seedTeamIds } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { OrErrors, TicketJson } from '../test-support/wire.js';

const NOW = 1749556800;
const sandbox = createIntercomSandbox({ clock: () => NOW * 1000 });
const update = (id: string, body: unknown) => call<OrErrors<TicketJson>>(sandbox, 'PUT', `/tickets/${id}`, { body });
const reply = (id: string, body: unknown) => call<OrErrors<{ type: string; id: string; part_type: string; body: string; author: { type: string; id: string } }>>(sandbox, 'POST', `/tickets/${id}/reply`, { body });
const read = async (id: string) => (await call<TicketJson>(sandbox, 'GET', `/tickets/${id}`)).body;
const { exportBug, duplicateCharge } = seedTicketIds;
const bugState = (n: number) => `${seedTicketTypeIds.bugReport}${n}`;

describe('PUT /tickets/:id', () => {
  beforeEach(() => sandbox.reset());

  it('moves the ticket to a state of its type, with a state part, and it stays there on the next read', async () => {
    const { status, body } = await update(exportBug, { ticket_state_id: bugState(3), admin_id: Number(seedAdminIds.maya) });
    expect(status).toBe(200);
    expect(body).toMatchObject({ ticket_state: { id: bugState(3), category: 'waiting_on_customer' }, updated_at: NOW });
    expect(body.ticket_parts.ticket_parts.at(-1)).toMatchObject({ part_type: 'ticket_state_updated_by_admin', previous_ticket_state: 'in_progress', ticket_state: 'waiting_on_customer', author: { id: seedAdminIds.maya } });
    expect((await read(exportBug)).ticket_state.category).toBe('waiting_on_customer');
  });

  it('changes attributes (keeping the others), assignee and open', async () => {
    const { body } = await update(exportBug, { ticket_attributes: { severity: '5004', customers_affected: 9 }, assignee_id: seedTeamIds.billing, open: false });
    expect(body.ticket_attributes).toMatchObject({ severity: '5004', customers_affected: 9, affected_version: '2025.05.2' });
    expect(body).toMatchObject({ team_assignee_id: Number(seedTeamIds.billing), open: false });
    const toAdmin = await update(exportBug, { assignee_id: seedAdminIds.priya });
    expect(toAdmin.body.admin_assignee_id).toBe(Number(seedAdminIds.priya));
    const nobody = await update(exportBug, { assignee_id: '0' });
    expect(nobody.body).toMatchObject({ admin_assignee_id: 0, team_assignee_id: 0 });
    expect(await read(exportBug)).toMatchObject({ open: false, admin_assignee_id: 0, ticket_attributes: { severity: '5004' } });
  });

  it('snoozes until a future time; closing unsnoozes', async () => {
    expect((await update(exportBug, { snoozed_until: NOW + 3600 })).body.snoozed_until).toBe(NOW + 3600);
    expect((await update(exportBug, { snoozed_until: NOW - 1 })).status).toBe(400);
    expect((await update(exportBug, { open: false })).body.snoozed_until).toBeUndefined();
  });

  it("answers Intercom's errors and leaves the ticket as it was", async () => {
    const before = await read(exportBug);
    const wrongState = await update(exportBug, { ticket_state_id: `${seedTicketTypeIds.refundRequest}2` });
    expect([wrongState.status, wrongState.body.errors[0]?.code]).toEqual([400, 'ticket_state_id_invalid']);
    const unknownAssignee = await update(exportBug, { assignee_id: '42' });
    expect([unknownAssignee.status, unknownAssignee.body.errors[0]?.code]).toEqual([404, 'assignee_not_found']);
    const unknownAdmin = await update(exportBug, { admin_id: 42, open: false });
    expect([unknownAdmin.status, unknownAdmin.body.errors[0]?.code]).toEqual([404, 'admin_not_found']);
    const badAttribute = await update(exportBug, { ticket_attributes: { severity: 'High' } });
    expect(badAttribute.status).toBe(400);
    expect(badAttribute.body.errors[0]?.message).toContain('5003 (High)');
    const unknownTicket = await update('1', { open: false });
    expect([unknownTicket.status, unknownTicket.body.errors[0]?.code]).toEqual([404, 'not_found']);
    expect(await read(exportBug)).toEqual(before);
  });
});

describe('POST /tickets/:id/reply', () => {
  beforeEach(() => sandbox.reset());

  it('appends an admin comment or note as a ticket part and answers that part', async () => {
    const { status, body } = await reply(exportBug, { message_type: 'note', type: 'admin', admin_id: seedAdminIds.lucas, body: 'Repro on staging' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: 'ticket_part', part_type: 'note', body: '<p>Repro on staging</p>', author: { type: 'admin', id: seedAdminIds.lucas } });
    const parts = (await read(exportBug)).ticket_parts.ticket_parts;
    expect(parts.at(-1)).toMatchObject({ id: body.id, part_type: 'note', body: '<p>Repro on staging</p>' });
  });

  it('takes a contact reply on a customer ticket, not on a back-office one', async () => {
    expect((await reply(exportBug, { message_type: 'comment', type: 'user', intercom_user_id: seedContactIds.amara, body: 'Thanks' })).status).toBe(200);
    const refused = await reply(duplicateCharge, { message_type: 'comment', type: 'user', intercom_user_id: seedContactIds.noah, body: 'Any news?' });
    expect([refused.status, refused.body.errors[0]?.code]).toEqual([400, 'parameter_mismatch']);
  });

  it('answers 404 for an unknown ticket or admin, 400 without a body', async () => {
    expect((await reply('1', { message_type: 'comment', type: 'admin', admin_id: seedAdminIds.maya, body: 'x' })).status).toBe(404);
    expect((await reply(exportBug, { message_type: 'comment', type: 'admin', admin_id: '1', body: 'x' })).body.errors[0]?.code).toBe('admin_not_found');
    expect((await reply(exportBug, { message_type: 'comment', type: 'admin', admin_id: seedAdminIds.maya })).status).toBe(400);
  });
});

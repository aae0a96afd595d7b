import { beforeEach, describe, expect, it } from 'vitest';
import { createIntercomSandbox } from '../sandbox.js';
import { seedContactIds } from '../seed/contacts.js';
import { seedTicketIds } from '../seed/tickets.js';
import { seedTicketTypeIds } from '../seed/ticket-types.js';
import { seedAdminIds } from '../seed/workspace.js';
import { call } from '../test-support/call.js';
import type { OrErrors, TicketListJson } from '../test-support/wire.js';

const sandbox = createIntercomSandbox();
const search = (body: unknown) => call<OrErrors<TicketListJson>>(sandbox, 'POST', '/tickets/search', { body });
const ids = async (query: unknown) => (await search({ query })).body.tickets.map((t) => t.id).sort();
const { exportBug, duplicateCharge, iosLoginBug } = seedTicketIds;

describe('POST /tickets/search', () => {
  beforeEach(() => sandbox.reset());

  it('finds tickets by title, description, state, type, open and category terms', async () => {
    expect(await ids({ field: 'title', operator: '~', value: 'export' })).toEqual([exportBug]);
    expect(await ids({ field: 'description', operator: '~', value: 'charged twice' })).toEqual([duplicateCharge]);
    expect(await ids({ field: 'state', operator: '=', value: 'resolved' })).toEqual([iosLoginBug]);
    expect(await ids({ operator: 'AND', value: [{ field: 'ticket_type_id', operator: '=', value: seedTicketTypeIds.bugReport }, { field: 'open', operator: '=', value: true }] })).toEqual([exportBug]);
    expect(await ids({ field: 'category', operator: '=', value: 'task' })).toEqual([duplicateCharge]);
    expect(await ids({ field: 'contact_ids', operator: '=', value: seedContactIds.sofia })).toEqual([iosLoginBug]);
  });

  it('compares assignee ids as text and attributes by their id', async () => {
    expect(await ids({ field: 'admin_assignee_id', operator: '=', value: seedAdminIds.priya })).toEqual([duplicateCharge]);
    expect(await ids({ field: 'ticket_attribute.2103', operator: '=', value: '5003' })).toEqual([exportBug]);
    expect(await ids({ field: 'ticket_attribute.2105', operator: '>', value: 5 })).toEqual([iosLoginBug]);
  });

  it('sees a ticket as it is now: an update moves it between searches', async () => {
    await call(sandbox, 'PUT', `/tickets/${exportBug}`, { body: { ticket_state_id: `${seedTicketTypeIds.bugReport}4`, open: false } });
    expect(await ids({ field: 'state', operator: '=', value: 'resolved' })).toEqual([exportBug, iosLoginBug]);
    expect(await ids({ field: 'open', operator: '=', value: true })).toEqual([duplicateCharge]);
  });

  it('pages with the cursor in the body, newest first', async () => {
    const first = await search({ query: { field: 'id', operator: '!=', value: 'x' }, pagination: { per_page: 2 } });
    expect(first.body).toMatchObject({ type: 'ticket.list', total_count: 3, pages: { page: 1, per_page: 2, total_pages: 2 } });
    const next = await search({ query: { field: 'id', operator: '!=', value: 'x' }, pagination: { per_page: 2, starting_after: first.body.pages.next?.starting_after } });
    expect([...first.body.tickets, ...next.body.tickets].map((t) => t.id).sort()).toEqual([exportBug, duplicateCharge, iosLoginBug]);
  });

  it("refuses conversation and create-body field names, as Intercom does", async () => {
    for (const field of ['_default_title_', 'ticket_state_id', 'source.body']) {
      const { status, body } = await search({ query: { field, operator: '=', value: 'x' } });
      expect([field, status, body.errors[0]?.code]).toEqual([field, 400, 'parameter_invalid']);
    }
  });
});

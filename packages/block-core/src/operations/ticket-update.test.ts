import { describe, expect, it } from 'vitest';
import { visibleFields } from '../definition/visibility.js';
import { validateConfig } from '../validation/validate-config.js';
import { ticketUpdate } from './ticket-update.js';

const update = { resource: 'ticket', operation: 'update', ticketId: '701' };
const NOW = Date.parse('2026-12-01T00:00:00Z');

describe('ticket.update', () => {
  it('sends only what is filled in, admin_id as the integer the spec asks for, the assignee as text', () => {
    expect(
      ticketUpdate.buildRequest(
        { ...update, ticketStateId: ' 1013 ', assigneeId: '5100002', ticketOpen: 'closed', ticketAttributesJson: '{"severity": "5004"}', adminId: '991267' },
        {},
      ),
    ).toEqual({
      pathParams: { ticket_id: '701' },
      body: { ticket_attributes: { severity: '5004' }, ticket_state_id: '1013', open: false, admin_id: 991267, assignee_id: '5100002' },
    });
    expect(ticketUpdate.buildRequest({ ...update, ticketOpen: 'unchanged', assigneeId: '0' }, { adminId: '42' }).body).toEqual({ admin_id: 42, assignee_id: '0' });
    expect(ticketUpdate.buildRequest({ ...update, ticketOpen: 'open', ticketAttributesJson: '{}' }, { adminId: '42' }).body).toEqual({ open: true, admin_id: 42 });
  });

  it('sends snoozedUntil as Unix seconds, as conversation.snooze does', () => {
    expect(ticketUpdate.buildRequest({ ...update, snoozedUntil: '2030-12-24T09:00:00+01:00' }, { adminId: '1' }).body).toEqual({ snoozed_until: 1924329600, admin_id: 1 });
    expect(() => ticketUpdate.buildRequest({ ...update, snoozedUntil: 'tomorrow' }, { adminId: '1' })).toThrow(/is not a time/);
  });

  it('needs at least one change: the acting admin alone, Unchanged or {} change nothing', () => {
    for (const extra of [{}, { adminId: '991267' }, { ticketOpen: 'unchanged' }, { ticketAttributesJson: '{ }' }]) {
      expect(validateConfig({ ...update, ...extra }).map((issue) => [issue.field, issue.code]), JSON.stringify(extra)).toEqual([['operation', 'nothing_to_update']]);
    }
    const [issue] = validateConfig(update);
    expect(issue?.message).toBe('Update ticket has nothing to change: fill in at least one of Ticket state, Assignee, Open or closed, Snooze until or Ticket attributes.');
    for (const change of [{ ticketStateId: '1012' }, { assigneeId: '0' }, { ticketOpen: 'closed' }, { ticketAttributesJson: '{"severity": "5001"}' }, { snoozedUntil: '2030-01-01T00:00:00Z' }]) {
      expect(validateConfig({ ...update, ...change }), JSON.stringify(change)).toEqual([]);
    }
  });

  it('checks the assignee, the snooze time and the admin as written', () => {
    const codes = (extra: Record<string, string>) => validateConfig({ ...update, ...extra }).map((issue) => [issue.field, issue.code]);
    expect(codes({ assigneeId: 'Billing' })).toEqual([['assigneeId', 'invalid_assignee']]);
    expect(codes({ assigneeId: '<Router.team_id>' })).toEqual([]);
    expect(codes({ ticketOpen: 'open', adminId: 'me' })).toEqual([['adminId', 'invalid_admin']]);
    expect(codes({ snoozedUntil: String(Math.floor(NOW / 1000) - 3600 * 24 * 365 * 10) })).toEqual([['snoozedUntil', 'time_in_past']]);
    expect(codes({ ticketOpen: 'ajar' })).toEqual([['ticketOpen', 'invalid_option']]);
  });

  it('shows its fields in order, the assignee picker offering admins and teams, the states picker and the attributes schema', () => {
    const fields = visibleFields(update);
    expect(fields.map((field) => field.name)).toEqual(['resource', 'operation', 'ticketId', 'ticketStateId', 'assigneeId', 'ticketOpen', 'snoozedUntil', 'ticketAttributesJson', 'adminId']);
    expect(fields.find((field) => field.name === 'assigneeId')?.picker).toBe('assignees');
    expect(fields.find((field) => field.name === 'ticketStateId')?.picker).toBe('ticketStates');
    expect(fields.find((field) => field.name === 'ticketAttributesJson')?.schema).toBe('ticketAttributes');
    expect(fields.find((field) => field.name === 'ticketOpen')?.default).toBe('unchanged');
  });

  it('maps the updated ticket', () => {
    const ticket = { type: 'ticket', id: '701', open: false };
    expect(ticketUpdate.mapResponse(ticket)).toEqual({ ticket });
    expect(() => ticketUpdate.mapResponse({ type: 'conversation' })).toThrow(/without a ticket/);
  });
});

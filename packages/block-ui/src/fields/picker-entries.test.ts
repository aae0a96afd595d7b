import { describe, expect, it } from 'vitest';
import { createFakeTransport } from '../test-support/fake-transport.js';
import { pickerEntries, pickerKinds, pickerSources } from './picker-entries.js';

describe('pickerSources', () => {
  it("lists each kind's entries by id", () => {
    expect(pickerEntries('admins', [{ id: '991267', name: 'Maya Okafor', email: 'maya@example.com' }, { id: '991268', name: 'Bot' }])).toEqual([
      { value: '991267', label: 'Maya Okafor (maya@example.com)' },
      { value: '991268', label: 'Bot' },
    ]);
    expect(pickerEntries('ticketTypes', [{ id: '7', name: 'Bug', attributes: [] }])).toEqual([{ value: '7', label: 'Bug' }]);
    expect(pickerEntries('teams', [{ id: '5', name: 'Billing' }])).toEqual([{ value: '5', label: 'Billing' }]);
    expect(pickerEntries('tags', [{ id: '81', name: 'vip' }])).toEqual([{ value: '81', label: 'vip' }]);
    expect(pickerEntries('assignees', [{ admin: { id: '991268', name: 'Bot' } }, { team: { id: '5', name: 'Billing' } }])).toEqual([
      { value: '991268', label: 'Admin: Bot' },
      { value: '5', label: 'Team: Billing' },
    ]);
  });

  it("reads each kind's list through the transport, and none for a kind the transport does not offer", async () => {
    const transport = createFakeTransport();
    const signal = new AbortController().signal;
    expect(pickerKinds).toEqual(['admins', 'teams', 'assignees', 'tags', 'ticketTypes', 'ticketStates']);
    expect((await pickerSources.assignees.load(transport, signal))?.length).toBe(4);
    expect((await pickerSources.teams.load(transport, signal))?.map((team) => team.name)).toEqual(['Support', 'Billing']);
    expect((await pickerSources.tags.load(transport, signal))?.map((tag) => tag.name)).toEqual(['vip', 'refund']);
    expect((await pickerSources.ticketStates.load(transport, signal))?.map((state) => state.name)).toContain('In progress');
    expect(pickerSources.ticketStates.load({ ...transport, ticketStates: undefined }, signal)).toBeUndefined();
    expect(pickerSources.teams.load({ ...transport, teams: undefined }, signal)).toBeUndefined();
  });
});

describe('the ticket state picker', () => {
  const states = [
    { id: '1011', category: 'submitted', name: 'Submitted', ticketTypes: [{ id: '101', name: 'Bug report' }] },
    { id: '1012', category: 'in_progress', name: 'In progress', ticketTypes: [{ id: '101', name: 'Bug report' }] },
    { id: '1021', category: 'submitted', name: 'Submitted', ticketTypes: [{ id: '102', name: 'Refund request' }] },
  ];

  it("offers only the states of the ticket's type once it is known", () => {
    expect(pickerEntries('ticketStates', states, { ticketType: { id: '101', name: 'Bug report', attributes: [] } })).toEqual([
      { value: '1011', label: 'Submitted' },
      { value: '1012', label: 'In progress' },
    ]);
  });

  it('offers every state, each with its types, before', () => {
    expect(pickerEntries('ticketStates', states).map((entry) => entry.label)).toEqual(['Submitted (Bug report)', 'In progress (Bug report)', 'Submitted (Refund request)']);
  });

  it('reads the states through the transport that offers them', async () => {
    const transport = { ...createFakeTransport(), ticketStates: () => Promise.resolve(states) };
    expect(await pickerSources.ticketStates.load(transport, new AbortController().signal)).toEqual(states);
  });
});

import { describe, expect, it } from 'vitest';
import type { WorkspaceData } from '../connection/connection-context.js';
import { pickerEntries } from './picker-entries.js';

const workspace: WorkspaceData = {
  status: { kind: 'none' },
  admins: [{ id: '991267', name: 'Maya Okafor', email: 'maya@example.com' }, { id: '991268', name: 'Bot' }],
  ticketTypes: [{ id: '7', name: 'Bug', attributes: [] }],
  teams: [{ id: '5', name: 'Billing' }],
  tags: [{ id: '81', name: 'vip' }],
};

describe('pickerEntries', () => {
  it("offers each kind's list from the workspace, by id", () => {
    expect(pickerEntries.admins(workspace)).toEqual([
      { value: '991267', label: 'Maya Okafor (maya@example.com)' },
      { value: '991268', label: 'Bot' },
    ]);
    expect(pickerEntries.ticketTypes(workspace)).toEqual([{ value: '7', label: 'Bug' }]);
    expect(pickerEntries.teams(workspace)).toEqual([{ value: '5', label: 'Billing' }]);
    expect(pickerEntries.tags(workspace)).toEqual([{ value: '81', label: 'vip' }]);
  });

  it('offers nothing for a kind the workspace has no list of yet, so its field stays a text input', () => {
    expect(pickerEntries.ticketStates(workspace)).toEqual([]);
  });
});

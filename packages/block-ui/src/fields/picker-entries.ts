import type { AdminSummary, PickerKind } from '@workflow-blocks/block-core';
import type { WorkspaceData } from '../connection/connection-context.js';

/** One choice of a workspace picker: the id it writes and how it reads. */
export interface PickerEntry {
  value: string;
  label: string;
}

const adminEntry = (admin: AdminSummary): PickerEntry => ({ value: admin.id, label: admin.email ? `${admin.name} (${admin.email})` : admin.name });

/**
 * What each picker kind offers from the connected workspace. A kind with no list yet (ticket states) offers
 * nothing, and its fields stay plain inputs: a picker kind's list is its transport call, its list in the workspace
 * data (`connection/use-workspace-data.ts`) and its line here.
 */
export const pickerEntries: Readonly<Record<PickerKind, (workspace: WorkspaceData) => PickerEntry[]>> = {
  admins: ({ admins }) => admins.map(adminEntry),
  ticketTypes: ({ ticketTypes }) => ticketTypes.map((type) => ({ value: type.id, label: type.name })),
  teams: ({ teams }) => teams.map((team) => ({ value: team.id, label: team.name })),
  // A ticket's assignee is an admin or a team (one id field): both lists, each entry saying which it is.
  assignees: ({ admins, teams }) => [
    ...admins.map((admin) => ({ ...adminEntry(admin), label: `Admin: ${adminEntry(admin).label}` })),
    ...teams.map((team) => ({ value: team.id, label: `Team: ${team.name}` })),
  ],
  tags: ({ tags }) => tags.map((tag) => ({ value: tag.id, label: tag.name })),
  ticketStates: () => [],
};

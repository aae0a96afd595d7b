import type { AdminSummary, BlockTransport, PickerKind, TagSummary, TeamSummary, TicketStateSummary, TicketTypeInfo } from '@workflow-blocks/block-core';

/** One choice of a workspace picker: the id it writes and how it reads. */
export interface PickerEntry {
  value: string;
  label: string;
}

/** One of a ticket's possible assignees: an admin or a team. */
export type Assignee = { admin: AdminSummary } | { team: TeamSummary };

/** What each picker kind lists: admins, teams, tags, ticket types... (a new kind needs its line here). */
export interface PickerItems {
  admins: AdminSummary;
  teams: TeamSummary;
  assignees: Assignee;
  tags: TagSummary;
  ticketTypes: TicketTypeInfo;
  ticketStates: TicketStateSummary;
}

/** What narrows a picker's list under the config being edited: the type of the ticket an update changes. */
export interface PickerScope {
  ticketType?: TicketTypeInfo;
}

/** Where a picker kind's list comes from and how an item reads. */
export interface PickerSource<Item> {
  /** What the list is called in a sentence ("Loading the workspace's teams…"). */
  noun: string;
  /** The transport's call, or undefined when this transport offers no such list (the field stays a text input). */
  load: (transport: BlockTransport, signal: AbortSignal) => Promise<Item[]> | undefined;
  entry: (item: Item, scope: PickerScope) => PickerEntry;
  /** Whether an item belongs in the list under the scope (all do when absent). */
  within?: (item: Item, scope: PickerScope) => boolean;
}

const named = (item: { id: string; name: string }): PickerEntry => ({ value: item.id, label: item.name });
const adminEntry = (admin: AdminSummary): PickerEntry => ({ value: admin.id, label: admin.email ? `${admin.name} (${admin.email})` : admin.name });

/**
 * Each picker kind's list in the connected workspace: its transport call and its entries (a transport without
 * the call leaves the kind's fields plain inputs). The record asks for every kind.
 */
export const pickerSources: { readonly [Kind in PickerKind]: PickerSource<PickerItems[Kind]> } = {
  admins: {
    noun: 'admins',
    load: (transport, signal) => transport.admins(signal),
    entry: adminEntry,
  },
  teams: { noun: 'teams', load: (transport, signal) => transport.teams?.(signal), entry: named },
  // A ticket's assignee is an admin or a team (one id field): both lists, each entry saying which it is.
  assignees: {
    noun: 'admins and teams',
    load: async (transport, signal) => {
      const [admins, teams] = await Promise.all([transport.admins(signal), transport.teams?.(signal) ?? []]);
      return [...admins.map((admin) => ({ admin })), ...teams.map((team) => ({ team }))];
    },
    entry: (assignee) =>
      'admin' in assignee
        ? { ...adminEntry(assignee.admin), label: `Admin: ${adminEntry(assignee.admin).label}` }
        : { value: assignee.team.id, label: `Team: ${assignee.team.name}` },
  },
  tags: { noun: 'tags', load: (transport, signal) => transport.tags?.(signal), entry: named },
  ticketTypes: { noun: 'ticket types', load: (transport, signal) => transport.ticketTypes(signal), entry: named },
  // A ticket moves only to a state of its own type: once that type is known, only its states; before, every
  // state with the types it belongs to.
  ticketStates: {
    noun: 'ticket states',
    load: (transport, signal) => transport.ticketStates?.(signal),
    entry: (state, { ticketType }) => ({ value: state.id, label: ticketType ? state.name : `${state.name} (${state.ticketTypes.map((type) => type.name).join(', ')})` }),
    within: (state, { ticketType }) => ticketType === undefined || state.ticketTypes.some((type) => type.id === ticketType.id),
  },
};

/** The picker kinds, in the record's order. */
export const pickerKinds = Object.keys(pickerSources) as PickerKind[];

/** The entries of a list of a picker kind, under the config's scope. */
export function pickerEntries<Kind extends PickerKind>(kind: Kind, items: PickerItems[Kind][], scope: PickerScope = {}): PickerEntry[] {
  const source = pickerSources[kind] as PickerSource<PickerItems[Kind]>;
  return items.filter((item) => source.within?.(item, scope) ?? true).map((item) => source.entry(item, scope));
}

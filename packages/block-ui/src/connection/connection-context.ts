import { createContext, useContext } from 'react';
import type { ConnectionState, DataAttributeInfo, PickerKind, TicketTypeInfo } from '@workflow-blocks/block-core';
import { pickerKinds, type PickerItems, type PickerScope } from '../fields/picker-entries.js';

/** Where the editor is with the host's transport: checking, known, or absent. */
export type ConnectionStatus =
  | { kind: 'none' }
  | { kind: 'checking' }
  | { kind: 'known'; state: ConnectionState }
  | { kind: 'failed'; reason: string };

/**
 * One of the workspace's lists: not asked for (no connection), being read, read, unreadable (with Intercom's or
 * the network's reason), or not offered by this transport.
 */
export type WorkspaceList<Item> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; items: Item[] }
  | { state: 'failed'; reason: string }
  | { state: 'unavailable' };

/** Every picker kind's list. */
export type WorkspaceLists = { readonly [Kind in PickerKind]: WorkspaceList<PickerItems[Kind]> };

/** What the connected workspace offers the pickers. */
export interface WorkspaceData {
  status: ConnectionStatus;
  lists: WorkspaceLists;
  /** The ticket types once read (empty until then), for the ticket schema. */
  ticketTypes: TicketTypeInfo[];
  /** The workspace's custom contact attributes, for custom_attributes and contact searches: their checks wait until `ready`. */
  dataAttributes: WorkspaceList<DataAttributeInfo>;
  /** What narrows the pickers and JSON schemas under the config edited (the type of the ticket an update changes). */
  scope?: PickerScope;
  /** Checks the connection again and reads every list. */
  refresh: () => Promise<void>;
  /** Reads one list again (after it failed). */
  reload: (kind: PickerKind) => Promise<void>;
}

/** Every list before anything is asked. */
export const idleLists = Object.fromEntries(pickerKinds.map((kind) => [kind, { state: 'idle' }])) as unknown as WorkspaceLists;

export const WorkspaceContext = createContext<WorkspaceData>({
  status: { kind: 'none' },
  lists: idleLists,
  ticketTypes: [],
  dataAttributes: { state: 'idle' },
  refresh: () => Promise.resolve(),
  reload: () => Promise.resolve(),
});

/** The connection and the workspace's lists (admins, ticket types, teams, tags), for the calling control. */
export function useWorkspace(): WorkspaceData {
  return useContext(WorkspaceContext);
}

/** Whether the transport reports a usable connection. */
export function isConnected(status: ConnectionStatus): boolean {
  return status.kind === 'known' && status.state.connected;
}

import { createContext, useContext } from 'react';
import type { AdminSummary, ConnectionState, TagSummary, TeamSummary, TicketTypeInfo } from '@workflow-blocks/block-core';

/** Where the editor is with the host's transport: checking, known, or absent. */
export type ConnectionStatus =
  | { kind: 'none' }
  | { kind: 'checking' }
  | { kind: 'known'; state: ConnectionState }
  | { kind: 'failed'; reason: string };

/** What the connected workspace offers the pickers; empty while unknown or disconnected. */
export interface WorkspaceData {
  status: ConnectionStatus;
  admins: AdminSummary[];
  ticketTypes: TicketTypeInfo[];
  teams: TeamSummary[];
  tags: TagSummary[];
}

export const WorkspaceContext = createContext<WorkspaceData>({ status: { kind: 'none' }, admins: [], ticketTypes: [], teams: [], tags: [] });

/** The connection and the workspace's lists (admins, ticket types, teams, tags), for the calling control. */
export function useWorkspace(): WorkspaceData {
  return useContext(WorkspaceContext);
}

/** Whether the transport reports a usable connection. */
export function isConnected(status: ConnectionStatus): boolean {
  return status.kind === 'known' && status.state.connected;
}

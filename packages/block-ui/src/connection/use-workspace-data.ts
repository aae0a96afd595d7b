import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AdminSummary, BlockTransport, ConnectionState, TagSummary, TeamSummary, TicketTypeInfo } from '@workflow-blocks/block-core';
import type { ConnectionStatus, WorkspaceData } from './connection-context.js';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Asks the host's transport about the connection, then (when connected) for the workspace's admins, ticket
 * types, and teams and tags where the transport offers them. A failed or absent lookup leaves its list empty:
 * the fields fall back to plain inputs.
 * @param revision a new value checks again
 * @param onState hears each state learnt
 */
export function useWorkspaceData(
  transport: BlockTransport | undefined,
  revision = 0,
  onState?: (state: ConnectionState) => void,
): WorkspaceData & { refresh: () => Promise<void> } {
  const [status, setStatus] = useState<ConnectionStatus>(transport ? { kind: 'checking' } : { kind: 'none' });
  const [admins, setAdmins] = useState<AdminSummary[]>([]);
  const [ticketTypes, setTicketTypes] = useState<TicketTypeInfo[]>([]);
  const [teams, setTeams] = useState<TeamSummary[]>([]);
  const [tags, setTags] = useState<TagSummary[]>([]);
  const current = useRef<AbortController | null>(null);

  const refresh = useCallback(async () => {
    current.current?.abort();
    if (!transport) {
      setStatus({ kind: 'none' });
      return;
    }
    const controller = new AbortController();
    current.current = controller;
    const { signal } = controller;
    setStatus({ kind: 'checking' });
    try {
      const state = await transport.connection(signal);
      if (signal.aborted) return;
      setStatus({ kind: 'known', state });
      onState?.(state);
      if (!state.connected) {
        setAdmins([]);
        setTicketTypes([]);
        setTeams([]);
        setTags([]);
        return;
      }
      const [adminList, typeList, teamList, tagList] = await Promise.all([
        transport.admins(signal).catch(() => []),
        transport.ticketTypes(signal).catch(() => []),
        transport.teams?.(signal).catch(() => []) ?? [],
        transport.tags?.(signal).catch(() => []) ?? [],
      ]);
      if (signal.aborted) return;
      setAdmins(adminList);
      setTicketTypes(typeList);
      setTeams(teamList);
      setTags(tagList);
    } catch (error) {
      if (!signal.aborted) setStatus({ kind: 'failed', reason: messageOf(error) });
    }
  }, [transport, onState]);

  useEffect(() => {
    void refresh();
    return () => current.current?.abort();
  }, [refresh, revision]);

  // One object per change, so the fields reading it through context skip re-rendering on keystrokes.
  return useMemo(() => ({ status, admins, ticketTypes, teams, tags, refresh }), [status, admins, ticketTypes, teams, tags, refresh]);
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BlockTransport, ConnectionState, DataAttributeInfo, PickerKind } from '@workflow-blocks/block-core';
import { pickerKinds, pickerSources } from '../fields/picker-entries.js';
import { idleLists, type ConnectionStatus, type WorkspaceData, type WorkspaceList, type WorkspaceLists } from './connection-context.js';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Asks the host's transport about the connection, then (when connected) for each list the pickers offer
 * (`pickerSources`: admins, ticket types, teams, tags...), each on its own: one that fails says so and can be
 * read again (`reload`) while the others are used; and the workspace's custom contact attributes, which
 * custom_attributes and contact searches are checked against.
 * @param revision a new value checks again
 * @param onState hears each state learnt
 */
export function useWorkspaceData(transport: BlockTransport | undefined, revision = 0, onState?: (state: ConnectionState) => void): WorkspaceData {
  const [status, setStatus] = useState<ConnectionStatus>(transport ? { kind: 'checking' } : { kind: 'none' });
  const [lists, setLists] = useState<WorkspaceLists>(idleLists);
  const [dataAttributes, setDataAttributes] = useState<WorkspaceList<DataAttributeInfo>>({ state: 'idle' });
  const current = useRef<AbortController | null>(null);

  const setList = useCallback((kind: PickerKind, list: WorkspaceList<unknown>) => setLists((before) => ({ ...before, [kind]: list })), []);

  const load = useCallback(
    async (kind: PickerKind, signal: AbortSignal) => {
      if (!transport) return;
      const pending = (pickerSources[kind].load as (t: BlockTransport, s: AbortSignal) => Promise<unknown[]> | undefined)(transport, signal);
      if (!pending) return setList(kind, { state: 'unavailable' });
      setList(kind, { state: 'loading' });
      try {
        const items = await pending;
        if (!signal.aborted) setList(kind, { state: 'ready', items });
      } catch (error) {
        if (!signal.aborted) setList(kind, { state: 'failed', reason: messageOf(error) });
      }
    },
    [transport, setList],
  );

  const loadDataAttributes = useCallback(
    async (signal: AbortSignal) => {
      const pending = transport?.dataAttributes?.(signal);
      if (!pending) return setDataAttributes({ state: 'unavailable' });
      setDataAttributes({ state: 'loading' });
      try {
        const items = await pending;
        if (!signal.aborted) setDataAttributes({ state: 'ready', items });
      } catch (error) {
        if (!signal.aborted) setDataAttributes({ state: 'failed', reason: messageOf(error) });
      }
    },
    [transport],
  );

  const refresh = useCallback(async () => {
    current.current?.abort();
    setLists(idleLists);
    setDataAttributes({ state: 'idle' });
    if (!transport) {
      setStatus({ kind: 'none' });
      return;
    }
    const controller = new AbortController();
    current.current = controller;
    const { signal } = controller;
    setStatus({ kind: 'checking' });
    let state: ConnectionState;
    try {
      state = await transport.connection(signal);
    } catch (error) {
      if (!signal.aborted) setStatus({ kind: 'failed', reason: messageOf(error) });
      return;
    }
    if (signal.aborted) return;
    setStatus({ kind: 'known', state });
    onState?.(state);
    if (state.connected) await Promise.all([...pickerKinds.map((kind) => load(kind, signal)), loadDataAttributes(signal)]);
  }, [transport, onState, load, loadDataAttributes]);

  const reload = useCallback(async (kind: PickerKind) => {
    const signal = current.current?.signal;
    if (signal && !signal.aborted) await load(kind, signal);
  }, [load]);

  useEffect(() => {
    void refresh();
    return () => current.current?.abort();
  }, [refresh, revision]);

  const ticketTypes = useMemo(() => (lists.ticketTypes.state === 'ready' ? lists.ticketTypes.items : []), [lists.ticketTypes]);
  // One object per change, so the fields reading it through context skip re-rendering on keystrokes.
  return useMemo(
    () => ({ status, lists, ticketTypes, dataAttributes, refresh, reload }),
    [status, lists, ticketTypes, dataAttributes, refresh, reload],
  );
}

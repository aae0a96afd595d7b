import { useCallback, useEffect, useRef, useState } from 'react';
import type { BlockTransport } from '@workflow-blocks/block-core';
import type { ConnectionStatus } from './connection-context.js';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The connection alone, for a host's own connection panel (the editor's panel also loads the pickers' lists).
 * @param revision a new value checks again
 * @example const { status, refresh } = useConnectionStatus(transport);
 */
export function useConnectionStatus(transport: BlockTransport | undefined, revision = 0): { status: ConnectionStatus; refresh: () => Promise<void> } {
  const [status, setStatus] = useState<ConnectionStatus>(transport ? { kind: 'checking' } : { kind: 'none' });
  const current = useRef<AbortController | null>(null);
  const refresh = useCallback(async () => {
    current.current?.abort();
    if (!transport) {
      setStatus({ kind: 'none' });
      return;
    }
    const controller = new AbortController();
    current.current = controller;
    try {
      const state = await transport.connection(controller.signal);
      if (!controller.signal.aborted) setStatus({ kind: 'known', state });
    } catch (error) {
      if (!controller.signal.aborted) setStatus({ kind: 'failed', reason: messageOf(error) });
    }
  }, [transport]);
  useEffect(() => {
    void refresh();
    return () => current.current?.abort();
  }, [refresh, revision]);
  return { status, refresh };
}

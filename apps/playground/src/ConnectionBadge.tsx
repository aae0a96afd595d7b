import { useEffect, useState } from 'react';
import type { BlockTransport, ConnectionState } from '@workflow-blocks/block-core';

/** Which Intercom the proxy talks to, and whether it is usable. */
export function ConnectionBadge({ transport }: { transport: BlockTransport }) {
  const [state, setState] = useState<ConnectionState | { error: string }>();
  useEffect(() => {
    const controller = new AbortController();
    transport
      .connection(controller.signal)
      .then(setState)
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ error: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [transport]);

  let text = 'Checking the Intercom connection…';
  let tone = 'pending';
  if (state && 'error' in state) {
    text = `Proxy unreachable: ${state.error}`;
    tone = 'bad';
  } else if (state) {
    const workspace = state.workspace?.name ? ` ${state.workspace.name}` : '';
    const where = state.mode === 'sandbox' ? 'embedded Intercom sandbox' : `Intercom${workspace}${state.region ? ` (${state.region.toUpperCase()})` : ''}`;
    text = state.connected ? `Connected to the ${where}${state.admin?.name ? ` as ${state.admin.name}` : ''}` : `Disconnected from the ${where}: ${state.reason ?? 'no reason given'}`;
    tone = state.connected ? 'good' : 'bad';
  }
  return (
    <p className={`connection connection--${tone}`} role="status" data-testid="connection">
      {text}
    </p>
  );
}

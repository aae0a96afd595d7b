import { ConnectionStatusPanel, type ConnectionStatus } from '@workflow-blocks/block-ui';
import type { BlockTransport } from '@workflow-blocks/block-core';

export const CONNECTION_PANEL_ID = 'playground-connection';

interface Props {
  status: ConnectionStatus;
  transport: BlockTransport;
  oauthCallbackOrigin: string;
  /** Checks again, after a connect or disconnect made here. */
  onChanged: () => Promise<void>;
}

/** The tenant's Intercom connection in the header: block-ui's own panel, so connecting works before any block exists. */
export function HeaderConnection({ status, transport, oauthCallbackOrigin, onChanged }: Props) {
  return (
    <div className="wb-intercom header-connection" id={CONNECTION_PANEL_ID}>
      <ConnectionStatusPanel status={status} onRefresh={onChanged} transport={transport} oauthCallbackOrigin={oauthCallbackOrigin} />
    </div>
  );
}

/** Moves focus to the panel's first action (Connect Intercom, Reconnect…), as the palette's "connect first" does. */
export function focusConnect(): void {
  const panel = document.getElementById(CONNECTION_PANEL_ID);
  panel?.scrollIntoView({ block: 'nearest' });
  panel?.querySelector<HTMLButtonElement>('.wb-actions button, button')?.focus();
}

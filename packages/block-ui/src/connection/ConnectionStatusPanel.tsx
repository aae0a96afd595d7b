import { useRef, useState, type ReactNode } from 'react';
import type { BlockTransport, ConnectionState } from '@workflow-blocks/block-core';
import type { ConnectionStatus } from './connection-context.js';
import { adminName, connectionPhase, regionName } from './connection-phase.js';
import { DisconnectControl } from './DisconnectControl.js';
import { TokenConnectForm } from './TokenConnectForm.js';
import { useConnectionActions } from './use-connection-actions.js';

export interface ConnectionStatusPanelProps {
  status: ConnectionStatus;
  /** Checks the connection again. */
  onRefresh: () => Promise<void>;
  /** Connects, reconnects and disconnects through it, when it can (`startOAuth`, `connectWithToken`, `disconnect`). */
  transport?: BlockTransport;
  /** The host's own way to reconnect, used when the transport cannot connect; the status is checked again after. */
  onReconnect?: () => void | Promise<void>;
  /** The origin of the proxy's OAuth callback page, whose message ends the popup (default: this page's origin). */
  oauthCallbackOrigin?: string;
}

type Dot = 'connected' | 'sandbox' | 'disconnected' | 'unknown';

/** Connected: as whom (title), and the workspace and region (details); the sandbox says it holds test data. */
function describeConnected(state: ConnectionState): { title: string; details: string[] } {
  const who = adminName(state.admin);
  const where = [state.workspace ? `Workspace ${state.workspace.name ?? state.workspace.id}` : undefined, `${regionName(state.region)} region`];
  if (state.mode === 'sandbox') {
    return { title: 'Sandbox', details: ['test data, not a real workspace', ...where, who ? `as ${who}` : undefined].filter((part): part is string => part !== undefined) };
  }
  return { title: who ? `Connected to Intercom as ${who}` : 'Connected to Intercom', details: where.filter((part): part is string => part !== undefined) };
}

/**
 * The Intercom connection on one compact line, in three states: not connected ("Connect Intercom" by OAuth in a
 * popup, or "Use an access token"), needs reconnect (the reason and "Reconnect"), connected (as whom, workspace,
 * region, and "Disconnect" with a confirmation). Checking, unreachable and unconfigured are said too.
 */
export function ConnectionStatusPanel({ status, onRefresh, transport, onReconnect, oauthCallbackOrigin }: ConnectionStatusPanelProps) {
  const actions = useConnectionActions(transport, onRefresh, oauthCallbackOrigin);
  const { activity } = actions;
  const [tokenFormOpen, setTokenFormOpen] = useState(false);
  const [hostBusy, setHostBusy] = useState(false);
  const tokenToggle = useRef<HTMLButtonElement>(null);
  const state = status.kind === 'known' ? status.state : undefined;
  const phase = state ? connectionPhase(state) : undefined;
  const methods = state?.connectMethods ?? [];
  const canOAuth = actions.connectOAuth !== undefined && methods.includes('oauth');
  const canToken = actions.connectWithToken !== undefined && methods.includes('token');

  const hostReconnect = async () => {
    setHostBusy(true);
    try {
      await onReconnect?.();
      await onRefresh();
    } finally {
      setHostBusy(false);
    }
  };
  const connectWithToken = async (token: string, region: NonNullable<ConnectionState['region']>) => {
    const connected = (await actions.connectWithToken?.(token, region)) ?? false;
    if (connected) setTokenFormOpen(false);
    return connected;
  };

  let dot: Dot = 'unknown';
  let title: string;
  let details: string[] = [];
  if (status.kind === 'none') {
    title = 'No connection configured';
    details = ['The host has not given this editor a way to reach Intercom, so it cannot run.'];
  } else if (status.kind === 'checking') {
    title = 'Checking the Intercom connection…';
  } else if (status.kind === 'failed') {
    dot = 'disconnected';
    title = 'Could not reach the Intercom connection';
    details = [status.reason];
  } else if (phase === 'connected' && state) {
    dot = state.mode === 'sandbox' ? 'sandbox' : 'connected';
    ({ title, details } = describeConnected(state));
  } else if (phase === 'needs_reconnect') {
    dot = 'disconnected';
    title = 'Intercom needs to be reconnected';
    details = [state?.reason ?? 'Intercom no longer accepts this connection’s authorization.'];
  } else {
    dot = 'disconnected';
    title = 'Intercom is not connected';
    details = [state?.reason ?? 'Connect Intercom before running this block.'];
  }

  const busy = activity.pending !== undefined || hostBusy;
  const oauthButton = (label: string) => (
    <button type="button" className="wb-button" data-variant="primary" aria-disabled={busy ? true : undefined} onClick={() => void (busy ? undefined : actions.connectOAuth?.())}>
      {activity.pending === 'oauth' ? 'Waiting for Intercom…' : label}
    </button>
  );
  const tokenButton = (label: string) => (
    <button ref={tokenToggle} type="button" className="wb-button" aria-expanded={tokenFormOpen} onClick={() => setTokenFormOpen((open) => !open)}>
      {label}
    </button>
  );
  const hostButton = (
    <button type="button" className="wb-button" onClick={() => void hostReconnect()} disabled={hostBusy}>
      {hostBusy ? 'Reconnecting…' : 'Reconnect'}
    </button>
  );

  let buttons: ReactNode = null;
  if (status.kind === 'failed') {
    buttons = hostButton;
  } else if (phase === 'not_connected') {
    buttons = (
      <>
        {canOAuth ? oauthButton('Connect Intercom') : null}
        {canToken ? tokenButton('Use an access token') : null}
        {!canOAuth && !canToken && onReconnect ? hostButton : null}
      </>
    );
  } else if (phase === 'needs_reconnect') {
    const tokenOnly = !canOAuth || (state?.method === 'token' && canToken);
    buttons = (
      <>
        {canOAuth && !tokenOnly ? oauthButton('Reconnect') : null}
        {canToken ? tokenButton(tokenOnly ? 'Reconnect' : 'Use an access token') : null}
        {!canOAuth && !canToken && onReconnect ? hostButton : null}
      </>
    );
  } else if (phase === 'connected' && state && actions.disconnect) {
    buttons = <DisconnectControl onDisconnect={actions.disconnect} busy={activity.pending === 'disconnect'} workspaceName={state.workspace?.name ?? 'this Intercom workspace'} />;
  }

  return (
    <div className="wb-connection" role="group" aria-label="Intercom connection" data-connection={dot} data-state={phase}>
      <p className="wb-status" role="status">
        <span className="wb-dot" data-state={dot} aria-hidden="true" />
        {title}
      </p>
      {details.map((line) => (
        <span key={line} className="wb-connection-detail">
          {line}
        </span>
      ))}
      {buttons ? <div className="wb-actions">{buttons}</div> : null}
      {tokenFormOpen && canToken && phase !== 'connected' ? (
        <TokenConnectForm
          onConnect={connectWithToken}
          onCancel={() => {
            setTokenFormOpen(false);
            tokenToggle.current?.focus();
          }}
          busy={activity.pending === 'token'}
          {...(activity.tokenError ? { tokenError: activity.tokenError } : {})}
          {...(state?.region ? { initialRegion: state.region } : {})}
        />
      ) : null}
      {activity.error ? (
        <p className="wb-alert" role="alert">
          {activity.error}
        </p>
      ) : null}
    </div>
  );
}

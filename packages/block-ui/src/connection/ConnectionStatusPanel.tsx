import { useState } from 'react';
import type { ConnectionState } from '@workflow-blocks/block-core';
import type { ConnectionStatus } from './connection-context.js';

export interface ConnectionStatusPanelProps {
  status: ConnectionStatus;
  /** The host reconnects the integration (e.g. opens its OAuth flow); the status is checked again after. */
  onReconnect?: () => void | Promise<void>;
  /** Checks the connection again. */
  onRefresh: () => Promise<void>;
}

const regionNames: Record<NonNullable<ConnectionState['region']>, string> = { us: 'US', eu: 'Europe', au: 'Australia' };

function describeConnected(state: ConnectionState): { title: string; details: string[] } {
  const region = state.region === undefined ? 'Region unknown' : `${regionNames[state.region]} region`;
  if (state.mode === 'sandbox') {
    return { title: 'Sandbox', details: ['test data, not a real workspace', region] };
  }
  const who = state.admin ? [state.admin.name, state.admin.email ? `(${state.admin.email})` : ''].filter(Boolean).join(' ') || state.admin.id : undefined;
  const workspace = state.workspace ? `Workspace ${state.workspace.name ?? state.workspace.id}` : undefined;
  return {
    title: who ? `Connected to Intercom as ${who}` : 'Connected to Intercom',
    details: [workspace, region].filter((part): part is string => part !== undefined),
  };
}

/**
 * Which Intercom the block talks to, on one compact line: connected as whom, where, or sandbox; or why not, with a
 * way to reconnect.
 */
export function ConnectionStatusPanel({ status, onReconnect, onRefresh }: ConnectionStatusPanelProps) {
  const [busy, setBusy] = useState(false);
  const reconnect = async () => {
    setBusy(true);
    try {
      await onReconnect?.();
      await onRefresh();
    } finally {
      setBusy(false);
    }
  };

  let dot: 'connected' | 'sandbox' | 'disconnected' | 'unknown' = 'unknown';
  let title: string;
  let details: string[] = [];
  let canReconnect = false;
  if (status.kind === 'none') {
    title = 'No connection configured';
    details = ['The host has not given this editor a way to reach Intercom, so it cannot run.'];
  } else if (status.kind === 'checking') {
    title = 'Checking the Intercom connection…';
  } else if (status.kind === 'failed') {
    dot = 'disconnected';
    title = 'Could not reach the Intercom connection';
    details = [status.reason];
    canReconnect = true;
  } else if (!status.state.connected) {
    dot = 'disconnected';
    title = 'Intercom is not connected';
    details = [status.state.reason ?? 'The integration is disconnected or its authorization has expired.'];
    canReconnect = true;
  } else {
    dot = status.state.mode === 'sandbox' ? 'sandbox' : 'connected';
    ({ title, details } = describeConnected(status.state));
  }

  return (
    <div className="wb-connection" role="group" aria-label="Intercom connection" data-connection={dot}>
      <p className="wb-status" role="status">
        <span className="wb-dot" data-state={dot} aria-hidden="true" />
        {title}
      </p>
      {details.map((line) => (
        <span key={line} className="wb-connection-detail">
          {line}
        </span>
      ))}
      {canReconnect ? (
        <button type="button" className="wb-button" onClick={() => void reconnect()} disabled={busy}>
          {busy ? 'Reconnecting…' : 'Reconnect'}
        </button>
      ) : null}
    </div>
  );
}

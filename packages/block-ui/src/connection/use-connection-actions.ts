import { useCallback, useEffect, useRef, useState } from 'react';
import type { BlockTransport, IntercomRegion } from '@workflow-blocks/block-core';
import { runOAuthPopup } from './oauth-popup.js';

/** What a connect or disconnect is doing, and what went wrong, in words. */
export interface ConnectionActivity {
  pending?: 'oauth' | 'token' | 'disconnect';
  /** A problem with the access token itself, shown on its field. */
  tokenError?: string;
  /** Any other problem, shown in the panel. */
  error?: string;
}

export interface ConnectionActions {
  activity: ConnectionActivity;
  /** Connect by Intercom's OAuth consent in a popup; absent when the transport cannot. */
  connectOAuth?: () => Promise<void>;
  /** Connect with an access token; resolves true once connected. Absent when the transport cannot. */
  connectWithToken?: (accessToken: string, region: IntercomRegion) => Promise<boolean>;
  /** Disconnect; absent when the transport cannot. */
  disconnect?: () => Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The field problems a proxy listed for the access token, if it named that field. */
function tokenIssue(error: unknown): string | undefined {
  const issues = (error as { issues?: readonly { field: string; message: string }[] } | null)?.issues ?? [];
  return issues.find((issue) => issue.field === 'accessToken')?.message;
}

/**
 * Connect (OAuth popup or access token) and disconnect through the host's transport; the connection is checked
 * again after each, so the panel, Run and the pickers follow.
 * @param callbackOrigin where the proxy's OAuth callback page lives (default: this page's origin)
 */
export function useConnectionActions(transport: BlockTransport | undefined, refresh: () => Promise<void>, callbackOrigin: string | undefined): ConnectionActions {
  const [activity, setActivity] = useState<ConnectionActivity>({});
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const begin = useCallback((pending: NonNullable<ConnectionActivity['pending']>) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setActivity({ pending });
    return abort.signal;
  }, []);

  const connectOAuth = useCallback(async () => {
    if (!transport?.startOAuth) return;
    const signal = begin('oauth');
    try {
      const outcome = await runOAuthPopup({ start: () => transport.startOAuth!(undefined, signal), callbackOrigin: callbackOrigin ?? window.location.origin, signal });
      if (signal.aborted) return;
      if (outcome.kind === 'blocked') setActivity({ error: 'The browser blocked the Intercom window. Allow pop-ups for this page, then try again.' });
      else if (outcome.kind === 'closed') setActivity({ error: 'The Intercom window was closed before the connection was made.' });
      else setActivity(outcome.ok ? {} : { error: outcome.message || 'Intercom did not connect.' });
      await refresh();
    } catch (error) {
      if (!signal.aborted) setActivity({ error: `Could not start connecting: ${messageOf(error)}` });
    }
  }, [transport, callbackOrigin, begin, refresh]);

  const connectWithToken = useCallback(
    async (accessToken: string, region: IntercomRegion) => {
      if (!transport?.connectWithToken) return false;
      if (accessToken.trim() === '') {
        setActivity({ tokenError: 'Enter the access token of your Intercom app.' });
        return false;
      }
      const signal = begin('token');
      try {
        const state = await transport.connectWithToken({ accessToken: accessToken.trim(), region }, signal);
        if (signal.aborted) return false;
        await refresh();
        if (state.connected) {
          setActivity({});
          return true;
        }
        setActivity({ tokenError: state.reason ?? 'Intercom did not accept this token.' });
      } catch (error) {
        if (!signal.aborted) setActivity(tokenIssue(error) ? { tokenError: tokenIssue(error) } : { tokenError: messageOf(error) });
      }
      return false;
    },
    [transport, begin, refresh],
  );

  const disconnect = useCallback(async () => {
    if (!transport?.disconnect) return;
    const signal = begin('disconnect');
    try {
      await transport.disconnect(signal);
      if (signal.aborted) return;
      setActivity({});
      await refresh();
    } catch (error) {
      if (!signal.aborted) setActivity({ error: `Could not disconnect: ${messageOf(error)}` });
    }
  }, [transport, begin, refresh]);

  return {
    activity,
    ...(transport?.startOAuth ? { connectOAuth } : {}),
    ...(transport?.connectWithToken ? { connectWithToken } : {}),
    ...(transport?.disconnect ? { disconnect } : {}),
  };
}

/** The `type` of the message the proxy's OAuth callback page posts to the window that opened it. */
export const CONNECTION_MESSAGE_TYPE = 'workflow-blocks:intercom-connection';

/** How an OAuth popup ended. */
export type OAuthPopupOutcome = { kind: 'done'; ok: boolean; message: string } | { kind: 'closed' } | { kind: 'blocked' };

export interface OAuthPopupOptions {
  /** Asks the proxy for Intercom's consent page (`POST /oauth/start`); called after the window opened. */
  start: () => Promise<{ authorizeUrl: string }>;
  /** The origin the callback page is served from (the proxy's); messages from anywhere else are ignored. */
  callbackOrigin: string;
  signal?: AbortSignal;
  /** How often to look whether the person closed the window (ms). */
  pollMs?: number;
}

const features = 'popup=yes,width=560,height=720';

interface CallbackMessage {
  type: string;
  ok: boolean;
  message: string;
}

const isCallbackMessage = (data: unknown): data is CallbackMessage =>
  typeof data === 'object' && data !== null && (data as CallbackMessage).type === CONNECTION_MESSAGE_TYPE && typeof (data as CallbackMessage).ok === 'boolean';

/**
 * Runs Intercom's consent in a popup: opens the window at once (inside the click, so no popup blocker stops it),
 * points it at the consent page, and waits for the callback page's message from `callbackOrigin` and that window.
 * Rejects when `start` fails (the window is closed then).
 */
export async function runOAuthPopup(options: OAuthPopupOptions): Promise<OAuthPopupOutcome> {
  const popup = window.open('about:blank', 'intercom-oauth', features);
  if (!popup) return { kind: 'blocked' };
  let authorizeUrl: string;
  try {
    ({ authorizeUrl } = await options.start());
  } catch (error) {
    popup.close();
    throw error;
  }
  popup.location.href = authorizeUrl;
  return new Promise<OAuthPopupOutcome>((resolve) => {
    const finish = (outcome: OAuthPopupOutcome) => {
      window.removeEventListener('message', onMessage);
      clearInterval(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== options.callbackOrigin || event.source !== popup || !isCallbackMessage(event.data)) return;
      popup.close();
      finish({ kind: 'done', ok: event.data.ok, message: typeof event.data.message === 'string' ? event.data.message : '' });
    };
    const onAbort = () => {
      popup.close();
      finish({ kind: 'closed' });
    };
    const timer = setInterval(() => {
      if (popup.closed) finish({ kind: 'closed' });
    }, options.pollMs ?? 500);
    window.addEventListener('message', onMessage);
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

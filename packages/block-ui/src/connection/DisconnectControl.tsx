import { useEffect, useId, useRef, useState } from 'react';

export interface DisconnectControlProps {
  onDisconnect: () => Promise<void>;
  busy: boolean;
  workspaceName: string;
}

/** "Disconnect", then a confirmation in place: confirming deletes the stored token; Cancel (or Escape) keeps it. */
export function DisconnectControl({ onDisconnect, busy, workspaceName }: DisconnectControlProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const disconnectButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (returnFocus.current) disconnectButton.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const cancel = () => {
    returnFocus.current = true;
    setConfirming(false);
  };

  if (!confirming) {
    return (
      <button ref={disconnectButton} type="button" className="wb-button" onClick={() => setConfirming(true)}>
        Disconnect
      </button>
    );
  }
  return (
    <div
      className="wb-confirm"
      role="group"
      aria-labelledby={`${id}-question`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <p id={`${id}-question`}>
        Disconnect {workspaceName}? Its token is deleted, and Intercom blocks stop running until Intercom is connected again.
      </p>
      <div className="wb-panel-row wb-actions">
        <button type="button" className="wb-button" data-variant="danger" aria-disabled={busy ? true : undefined} onClick={() => void (busy ? undefined : onDisconnect())}>
          {busy ? 'Disconnecting…' : 'Yes, disconnect'}
        </button>
        <button ref={cancelButton} type="button" className="wb-button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

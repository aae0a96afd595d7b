import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { IntercomRegion } from '@workflow-blocks/block-core';

export interface TokenConnectFormProps {
  /** Connects; resolves true when connected (the form then closes). */
  onConnect: (accessToken: string, region: IntercomRegion) => Promise<boolean>;
  onCancel: () => void;
  busy: boolean;
  /** Why the token was refused, shown on its field. */
  tokenError?: string;
  /** The region to start from (the connection's, when reconnecting). */
  initialRegion?: IntercomRegion;
}

const regions: { value: IntercomRegion; label: string }[] = [
  { value: 'us', label: 'United States (US)' },
  { value: 'eu', label: 'Europe (EU)' },
  { value: 'au', label: 'Australia (AU)' },
];

/**
 * Connects a private Intercom app with its access token and its workspace's region. The token field takes focus
 * when the form opens; what was typed stays when the proxy refuses it.
 */
export function TokenConnectForm({ onConnect, onCancel, busy, tokenError, initialRegion = 'us' }: TokenConnectFormProps) {
  const id = useId();
  const [token, setToken] = useState('');
  const [region, setRegion] = useState<IntercomRegion>(initialRegion);
  const tokenInput = useRef<HTMLInputElement>(null);
  useEffect(() => tokenInput.current?.focus(), []);
  useEffect(() => {
    if (tokenError) tokenInput.current?.focus();
  }, [tokenError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void onConnect(token, region);
  };

  return (
    <form className="wb-connect-form" aria-label="Connect with an access token" onSubmit={submit} noValidate>
      <div className="wb-field">
        <label className="wb-label" htmlFor={`${id}-token`}>
          Access token
        </label>
        <p className="wb-help" id={`${id}-token-help`}>
          From your Intercom app in the Developer Hub: Configure › Authentication. It is kept by the proxy, never in this page.
        </p>
        <input
          ref={tokenInput}
          id={`${id}-token`}
          className="wb-input"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(event) => setToken(event.target.value)}
          aria-invalid={tokenError ? true : undefined}
          aria-describedby={tokenError ? `${id}-token-help ${id}-token-error` : `${id}-token-help`}
        />
        {tokenError ? (
          <ul className="wb-issues" id={`${id}-token-error`}>
            <li>{tokenError}</li>
          </ul>
        ) : null}
      </div>
      <div className="wb-field">
        <label className="wb-label" htmlFor={`${id}-region`}>
          Region
        </label>
        <select id={`${id}-region`} className="wb-input" value={region} onChange={(event) => setRegion(event.target.value as IntercomRegion)}>
          {regions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="wb-panel-row wb-actions">
        <button type="submit" className="wb-button" data-variant="primary" aria-disabled={busy ? true : undefined}>
          {busy ? 'Connecting…' : 'Connect'}
        </button>
        <button type="button" className="wb-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

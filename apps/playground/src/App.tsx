import { useEffect, useState } from 'react';
import { intercomBlock, type ConnectionState } from '@workflow-blocks/block-core';

/** Until the canvas lands: shows which Intercom the proxy talks to. */
export function App() {
  const [connection, setConnection] = useState<ConnectionState | string>('Checking the connection…');
  useEffect(() => {
    fetch('/v1/intercom/connection')
      .then(async (response) => setConnection((await response.json()) as ConnectionState))
      .catch((error: unknown) => setConnection(`The proxy did not answer: ${String(error)}`));
  }, []);
  return (
    <main>
      <h1>{intercomBlock.name} block playground</h1>
      <p>{intercomBlock.description}</p>
      <p role="status">
        {typeof connection === 'string'
          ? connection
          : connection.connected
            ? `Connected to ${connection.mode === 'sandbox' ? 'the embedded sandbox' : `Intercom (${connection.region})`}`
            : `Disconnected: ${connection.reason ?? 'unknown reason'}`}
      </p>
    </main>
  );
}

interface Props {
  /** False when the tenant's Intercom is not connected: the entry says so and leads to Connect instead of adding. */
  intercomConnected: boolean | undefined;
  onAddIntercom: () => void;
  onConnectIntercom: () => void;
}

/** The block palette; Intercom lives in the Integrations group, and is added only once it is connected. */
export function Palette({ intercomConnected, onAddIntercom, onConnectIntercom }: Props) {
  const notConnected = intercomConnected === false;
  return (
    <nav className="palette" aria-label="Blocks">
      <h2>Blocks</h2>
      <section aria-labelledby="palette-integrations">
        <h3 id="palette-integrations">Integrations</h3>
        <button
          type="button"
          className="palette__item"
          data-connected={notConnected ? 'false' : undefined}
          onClick={notConnected ? onConnectIntercom : onAddIntercom}
        >
          <span aria-hidden="true" className="palette__icon">
            ◆
          </span>
          <span className="palette__name">Intercom</span>
          <span className="palette__hint">{notConnected ? 'Not connected: connect Intercom first' : 'Contacts, conversations, tickets, admins'}</span>
        </button>
      </section>
    </nav>
  );
}

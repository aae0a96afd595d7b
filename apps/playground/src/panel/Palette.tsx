interface Props {
  onAddIntercom: () => void;
}

/** The block palette; Intercom lives in the Integrations group. */
export function Palette({ onAddIntercom }: Props) {
  return (
    <nav className="palette" aria-label="Blocks">
      <h2>Blocks</h2>
      <section aria-labelledby="palette-integrations">
        <h3 id="palette-integrations">Integrations</h3>
        <button type="button" className="palette__item" onClick={onAddIntercom}>
          <span aria-hidden="true" className="palette__icon">
            ◆
          </span>
          <span className="palette__name">Intercom</span>
          <span className="palette__hint">Contacts, conversations, tickets, admins</span>
        </button>
      </section>
    </nav>
  );
}

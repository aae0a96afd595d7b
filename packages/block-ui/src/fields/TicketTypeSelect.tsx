import type { TicketTypeInfo } from '@workflow-blocks/block-core';
import { SelectControl } from './SelectControl.js';

export interface TicketTypeSelectProps {
  id: string;
  ticketTypes: TicketTypeInfo[];
  value: string | undefined;
  onChange: (ticketTypeId: string) => void;
}

/** Picks a ticket type from the workspace (`ticketTypes()`); the field writes its id into the ticket JSON. */
export function TicketTypeSelect({ id, ticketTypes, value, onChange }: TicketTypeSelectProps) {
  const labelId = `${id}-label`;
  const helpId = `${id}-help`;
  return (
    <div className="wb-field">
      <label className="wb-label" id={labelId} htmlFor={id}>
        Ticket type
      </label>
      <SelectControl
        id={id}
        value={value ?? ''}
        options={ticketTypes.map((type) => ({ value: type.id, label: type.name }))}
        onChange={onChange}
        placeholder="Choose a ticket type…"
        labelledBy={labelId}
        describedBy={helpId}
      />
      <p className="wb-help" id={helpId}>
        Sets ticket_type_id in the JSON below and adds what that type needs (contacts, its required attributes) to fill in.
      </p>
    </div>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { ticketLookupConfig, ticketTypeIdOfOutputs, type BlockTransport, type TicketTypeInfo } from '@workflow-blocks/block-core';
import type { PickerScope } from '../fields/picker-entries.js';

/** How long the ticket id must stay unchanged before its ticket is read (typing an id asks once). */
const LOOKUP_DELAY_MS = 400;

/**
 * The type of the ticket an update changes, read with a Get ticket through the host's transport once the ticket
 * id is known (block-core's `scopedTicketId`); it scopes the ticket state picker and the attributes JSON. Unknown
 * while not connected, while reading, or when the ticket cannot be read: the fields then offer every state and
 * any attribute.
 */
export function useTicketScope(transport: BlockTransport | undefined, connected: boolean, ticketId: string | undefined, ticketTypes: readonly TicketTypeInfo[]): PickerScope {
  const [found, setFound] = useState<{ ticketId: string; typeId: string | undefined }>();
  useEffect(() => {
    if (!transport || !connected || ticketId === undefined) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      transport
        .execute(ticketLookupConfig(ticketId), controller.signal)
        .then((outputs) => {
          if (!controller.signal.aborted) setFound({ ticketId, typeId: ticketTypeIdOfOutputs(outputs) });
        })
        // A ticket that cannot be read leaves the fields unscoped; the run says what is wrong with the id.
        .catch(() => undefined);
    }, LOOKUP_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [transport, connected, ticketId]);
  const ticketType = found && found.ticketId === ticketId ? ticketTypes.find((type) => type.id === found.typeId) : undefined;
  return useMemo(() => (ticketType ? { ticketType } : {}), [ticketType]);
}

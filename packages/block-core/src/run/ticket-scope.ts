import { findOperation } from '../definition/visibility.js';
import { lookupReference } from '../references/lookup-reference.js';
import { parseReferences } from '../references/parse-references.js';
import type { IntercomConfig, UpstreamStep } from '../types.js';

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/**
 * The ticket whose type scopes this config's ticket states and ticket attributes (the operation's `ticketScope`
 * field): its id as written, or the value a whole reference has in an earlier step's outputs (a step that ran).
 * @returns the ticket id, or undefined when the operation has no ticket scope or the id is not known yet
 * @example scopedTicketId({ resource: 'ticket', operation: 'update', ticketId: '<Create.ticket.id>' }, [{ name: 'Create', outputs: { ticket: { id: '704' } } }]) // '704'
 */
export function scopedTicketId(config: IntercomConfig, upstream: readonly UpstreamStep[] = []): string | undefined {
  const field = findOperation(config.resource, config.operation)?.ticketScope;
  if (field === undefined) return undefined;
  const written = config[field];
  if (typeof written !== 'string') return idOf(written);
  const references = parseReferences(written);
  if (references.length === 0) return idOf(written);
  const [reference] = references;
  if (references.length > 1 || reference === undefined || reference.raw !== written.trim()) return undefined;
  const step = upstream.find((candidate) => candidate.name === reference.step);
  if (!step?.outputs) return undefined;
  const found = lookupReference({ [step.name]: step.outputs }, reference.step, reference.path);
  return found.found ? idOf(found.value) : undefined;
}

/** The read that tells a ticket's type: Get ticket, run through the block's own transport. */
export function ticketLookupConfig(ticketId: string): IntercomConfig {
  return { resource: 'ticket', operation: 'get', ticketId };
}

/** The ticket type id in the outputs of `ticketLookupConfig`'s run, if it succeeded. */
export function ticketTypeIdOfOutputs(outputs: { success: boolean; ticket?: unknown }): string | undefined {
  if (!outputs.success || typeof outputs.ticket !== 'object' || outputs.ticket === null) return undefined;
  const type = (outputs.ticket as { ticket_type?: unknown }).ticket_type;
  return typeof type === 'object' && type !== null ? idOf((type as { id?: unknown }).id) : undefined;
}

import type { IntercomConfig, UpstreamStep } from '../types.js';
import { listReferences } from './list-references.js';

/**
 * The upstream steps the config refers to that have produced no outputs yet (only their shape is known): at run
 * time those references cannot resolve, so the block cannot run until the steps before it have.
 * @example stepsNotRun({ resource: 'contact', operation: 'get', contactId: '<Intercom.contact.id>' }, [{ name: 'Intercom', shape }]) // ['Intercom']
 */
export function stepsNotRun(config: IntercomConfig, upstream: readonly UpstreamStep[]): string[] {
  const withoutOutputs = new Set(upstream.filter((step) => step.outputs === undefined).map((step) => step.name));
  const named = new Set<string>();
  for (const { reference } of listReferences(config, { visibleOnly: true })) {
    if (withoutOutputs.has(reference.step)) named.add(reference.step);
  }
  return upstream.map((step) => step.name).filter((name) => named.has(name));
}

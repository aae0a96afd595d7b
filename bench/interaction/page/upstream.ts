import type { UpstreamStep } from '@workflow-blocks/block-core';

const stepNames = ['Trigger', 'Lookup', 'Enrich', 'Classify', 'Score', 'Route', 'Notify', 'Fetch', 'Merge', 'Format'];
const objectKinds = ['contact', 'order', 'company', 'ticket', 'invoice'];
const leaves = ['id', 'email', 'name', 'phone', 'status', 'amount', 'city', 'created_at', 'plan'];

/**
 * Ten upstream steps, each with 100 objects of 9 fields: 10 x 100 x (1 + 9) = 10,000 reference paths, with
 * sample values, as a large workflow would offer the picker.
 */
export function largeUpstream(): UpstreamStep[] {
  return stepNames.map((name, s) => {
    const outputs: Record<string, unknown> = {};
    for (let i = 0; i < 100; i++) {
      const kind = objectKinds[i % objectKinds.length] ?? 'item';
      const object: Record<string, unknown> = {};
      for (const leaf of leaves) object[leaf] = leaf === 'amount' ? s * 1000 + i : `${kind}-${leaf}-${s}-${i}`;
      outputs[`${kind}_${i}`] = object;
    }
    return { name, outputs };
  });
}

/** One trigger step, as most blocks see: enough for references to work without weighing on the figures. */
export function smallUpstream(): UpstreamStep[] {
  return [{ name: 'Trigger', outputs: { contact: { id: 'c1', email: 'jane@example.com', name: 'Jane Doe' }, conversation: { id: '123' } } }];
}

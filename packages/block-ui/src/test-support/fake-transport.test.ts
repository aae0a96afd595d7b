import { describe, expect, it } from 'vitest';
import { intercomOperations, type BlockTransport } from '@workflow-blocks/block-core';
import { pickerKinds, pickerSources } from '../fields/picker-entries.js';
import { createFakeTransport } from './fake-transport.js';

// A transport answering every call with an empty list.
const everyCall = new Proxy({}, { get: () => () => Promise.resolve([]) }) as BlockTransport;

describe('createFakeTransport (stories and tests)', () => {
  it('serves every workspace list the pickers read, and fails or holds one when asked', async () => {
    const transport = createFakeTransport();
    const signal = new AbortController().signal;
    for (const kind of pickerKinds) {
      const load = pickerSources[kind].load as (t: BlockTransport, s: AbortSignal) => Promise<unknown[]> | undefined;
      const pending = load(transport, signal);
      if (pending) expect((await pending).length, kind).toBeGreaterThan(0);
      // Not served: only a kind that no transport offers (no BlockTransport call yet, as ticket states).
      else expect(load(everyCall, signal), kind).toBeUndefined();
    }
    const failing = createFakeTransport({ unreadable: ['tags'] });
    await expect(failing.tags?.(signal)).rejects.toThrow(/could not reach Intercom/);
  });

  it("answers every operation of the table with its outputs", async () => {
    const transport = createFakeTransport();
    for (const operation of intercomOperations) {
      const outputs = await transport.execute({ resource: operation.resource, operation: operation.operation });
      expect(Object.keys(outputs), operation.key).toEqual(['success', ...Object.keys(operation.outputs)]);
    }
  });
});

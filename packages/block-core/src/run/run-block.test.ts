import { describe, expect, it, vi } from 'vitest';
import { FETCH_ALL_TIME_LIMIT_MS } from '../definition/limits.js';
import type { BlockOutputs, IntercomConfig } from '../types.js';
import type { BlockTransport } from './block-transport.js';
import { DEFAULT_RUN_TIMEOUT_MS, FETCH_ALL_RUN_TIMEOUT_MS, runBlock } from './run-block.js';

/** A transport that records what it is asked to execute and answers with the given outputs (or error). */
function recordingTransport(answer: unknown = { success: true, contact: { id: 'c1' } }) {
  const executed: IntercomConfig[] = [];
  const transport: BlockTransport = {
    execute: (config) => {
      executed.push(config);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer as BlockOutputs);
    },
    connection: () => Promise.reject(new Error('not used')),
    ticketTypes: () => Promise.resolve([]),
    admins: () => Promise.resolve([]),
  };
  return { transport, executed };
}

const stepOutputs = { Trigger: { contact: { id: '6762f0d0', email: 'ada@example.com' }, age: 42 } };

describe('runBlock', () => {
  it('resolves references, validates, then sends the resolved config and returns its outputs', async () => {
    const { transport, executed } = recordingTransport();
    const config = { resource: 'contact', operation: 'get', contactId: '<Trigger.contact.id>', unusedKey: 'kept' };
    await expect(runBlock(config, { stepOutputs, transport })).resolves.toEqual({ success: true, contact: { id: 'c1' } });
    expect(executed).toHaveLength(1);
    expect(executed[0]).toMatchObject({ resource: 'contact', operation: 'get', contactId: '6762f0d0', unusedKey: 'kept' });
  });

  it('sends nothing when a reference cannot be resolved, and names the field', async () => {
    const { transport, executed } = recordingTransport();
    const outputs = await runBlock({ resource: 'contact', operation: 'get', contactId: '<Missing.id>' }, { stepOutputs, transport });
    expect(outputs.success).toBe(false);
    expect(outputs.error).toMatch(/contactId/);
    expect(outputs.error).toMatch(/Missing/);
    expect(executed).toEqual([]);
  });

  it('sends nothing when the resolved config is not valid, and names the field', async () => {
    const { transport, executed } = recordingTransport();
    const missing = await runBlock({ resource: 'contact', operation: 'get' }, { stepOutputs, transport });
    expect(missing).toMatchObject({ success: false });
    expect(missing.error).toMatch(/^The Intercom block is not valid: .*contactId/);
    const badPerPage = await runBlock({ resource: 'contact', operation: 'list', perPage: 500 }, { stepOutputs, transport });
    expect(badPerPage.error).toMatch(/perPage/);
    const badJson = await runBlock({ resource: 'contact', operation: 'search', queryJson: '{"query": ' }, { stepOutputs, transport });
    expect(badJson.error).toMatch(/queryJson/);
    expect(executed).toEqual([]);
  });

  it('sends nothing for an id that would leave its path segment', async () => {
    const { transport, executed } = recordingTransport();
    const outputs = await runBlock({ resource: 'ticket', operation: 'get', ticketId: '<Trigger.ticket>' }, {
      stepOutputs: { Trigger: { ticket: '..' } },
      transport,
    });
    expect(outputs.success).toBe(false);
    expect(outputs.error).toMatch(/ticketId/);
    expect(executed).toEqual([]);
  });

  it("applies the reference doc's defaults before validating and sending", async () => {
    const { transport, executed } = recordingTransport();
    await expect(runBlock({ resource: 'contact', operation: 'create', email: '<Trigger.contact.email>' }, { stepOutputs, transport })).resolves.toMatchObject({
      success: true,
    });
    expect(executed[0]).toEqual({ resource: 'contact', operation: 'create', role: 'user', email: 'ada@example.com' });
  });

  it('names every invalid field, one sentence each', async () => {
    const { transport, executed } = recordingTransport();
    const outputs = await runBlock({ resource: 'contact', operation: 'create', email: 'not-an-email', customAttributesJson: '[1]' }, { stepOutputs, transport });
    expect(outputs.error).toMatch(/^The Intercom block is not valid: .*email.*\. .*customAttributesJson|^The Intercom block is not valid: .*customAttributesJson.*\. .*email/);
    expect(outputs.error).not.toContain('.;');
    expect(executed).toEqual([]);
  });

  it('gives a place only in fields of several lines: "line 1, column 1" of a one-line input says nothing', async () => {
    const { transport } = recordingTransport();
    const oneLine = await runBlock({ resource: 'contact', operation: 'get', contactId: '<Trigger.nope>' }, { stepOutputs, transport });
    expect(oneLine.error).toMatch(/contactId: /);
    expect(oneLine.error).not.toMatch(/line 1|column/);
    const json = await runBlock({ resource: 'contact', operation: 'create', email: 'a@b.co', customAttributesJson: '{\n "plan": "<Trigger.nope>"\n}' }, { stepOutputs, transport });
    expect(json.error).toMatch(/customAttributesJson \(line 2, column \d+\): /);
  });

  it('leaves the reply author to the proxy when the config names none', async () => {
    const { transport, executed } = recordingTransport({ success: true, conversation: { id: '1' } });
    const config = { resource: 'conversation', operation: 'reply', conversationId: '1', message: 'Hi <Trigger.contact.email>' };
    await expect(runBlock(config, { stepOutputs, transport })).resolves.toEqual({ success: true, conversation: { id: '1' } });
    expect(executed[0]).toMatchObject({ message: 'Hi ada@example.com' });
    expect(executed[0]?.adminId).toBeUndefined();
    // Only spaces name no admin either: the proxy uses the connected one, so the pre-flight lets it through.
    await expect(runBlock({ ...config, adminId: '  ' }, { stepOutputs, transport })).resolves.toMatchObject({ success: true });
    expect(executed).toHaveLength(2);
  });

  it('treats an adminId of only spaces as none, as the proxy does, and sends the run', async () => {
    const { transport, executed } = recordingTransport({ success: true, conversation: { id: '1' } });
    const config = { resource: 'conversation', operation: 'reply', conversationId: '1', message: 'Hi', adminId: '  ' };
    await expect(runBlock(config, { stepOutputs, transport })).resolves.toEqual({ success: true, conversation: { id: '1' } });
    expect(executed).toHaveLength(1);
  });

  it('never throws: transport failures and odd answers become outputs', async () => {
    const thrown = recordingTransport(new Error('socket hang up'));
    await expect(runBlock({ resource: 'admin', operation: 'list' }, { stepOutputs, transport: thrown.transport })).resolves.toEqual({
      success: false,
      error: 'socket hang up',
    });
    const odd = recordingTransport('yes');
    expect((await runBlock({ resource: 'admin', operation: 'list' }, { stepOutputs, transport: odd.transport })).error).toBe(
      'The transport answered with something that is not block outputs.',
    );
    const silent = recordingTransport({ success: false });
    expect((await runBlock({ resource: 'admin', operation: 'list' }, { stepOutputs, transport: silent.transport })).error).toBe(
      'The Intercom block failed without saying why.',
    );
    const none = recordingTransport();
    expect(await runBlock(null as unknown as IntercomConfig, { stepOutputs, transport: none.transport })).toEqual({
      success: false,
      error: 'The Intercom block has no config to run.',
    });
    expect(none.executed).toEqual([]);
  });

  it('does not start a cancelled run, and passes the signal to the transport', async () => {
    const controller = new AbortController();
    controller.abort();
    const { transport, executed } = recordingTransport();
    expect(await runBlock({ resource: 'admin', operation: 'list' }, { stepOutputs, transport, signal: controller.signal })).toEqual({
      success: false,
      error: 'The run was cancelled before it started.',
    });
    expect(executed).toEqual([]);

    const live = new AbortController();
    let received: AbortSignal | undefined;
    const spy: BlockTransport = { ...transport, execute: (_config, signal) => ((received = signal), Promise.resolve({ success: true, admins: [] })) };
    await runBlock({ resource: 'admin', operation: 'list' }, { stepOutputs, transport: spy, signal: live.signal });
    // The transport gets a signal of its own (aborted by the caller's or by the deadline); the next test cancels through it.
    expect(received).toBeInstanceOf(AbortSignal);
    expect(received?.aborted).toBe(false);
  });

  it('answers a call without options (plain JavaScript) instead of rejecting', async () => {
    const run = runBlock as (config: IntercomConfig, options?: unknown) => Promise<BlockOutputs>;
    await expect(run({ resource: 'admin', operation: 'list' })).resolves.toEqual({
      success: false,
      error: expect.stringMatching(/no transport to run through/) as unknown,
    });
    await expect(run({ resource: 'admin', operation: 'list' }, { stepOutputs: {} })).resolves.toMatchObject({ success: false });
  });

  it('gives up at its own deadline on a transport that ignores the abort signal, and aborts that signal', async () => {
    let received: AbortSignal | undefined;
    const deaf: BlockTransport = { ...recordingTransport().transport, execute: (_config, signal) => ((received = signal), new Promise<never>(() => undefined)) };
    const read = await runBlock({ resource: 'admin', operation: 'list' }, { stepOutputs, transport: deaf, timeoutMs: 30 });
    expect(read).toEqual({ success: false, error: 'The Intercom block got no answer within 30 ms; try again.' });
    expect(received?.aborted).toBe(true);
    const write = await runBlock({ resource: 'contact', operation: 'delete', contactId: '1' }, { stepOutputs, transport: deaf, timeoutMs: 1500 });
    expect(write.error).toBe('The Intercom block got no answer within 1.5 s; Intercom may still have made the change, so check before running it again.');

    const controller = new AbortController();
    const pending = runBlock({ resource: 'admin', operation: 'list' }, { stepOutputs, transport: deaf, signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ success: false, error: 'The run was cancelled.' });
  });

  it("gives a Fetch every page run longer by default than one call, past the transport's own wait", async () => {
    vi.useFakeTimers();
    try {
      const deaf: BlockTransport = { ...recordingTransport().transport, execute: () => new Promise<never>(() => undefined) };
      const one = runBlock({ resource: 'contact', operation: 'list' }, { stepOutputs, transport: deaf });
      const every = runBlock({ resource: 'contact', operation: 'list', fetchAll: 'yes' }, { stepOutputs, transport: deaf });
      let everySettled = false;
      void every.then(() => (everySettled = true));
      await vi.advanceTimersByTimeAsync(DEFAULT_RUN_TIMEOUT_MS);
      expect(await one).toEqual({ success: false, error: 'The Intercom block got no answer within 60 s; try again.' });
      await vi.advanceTimersByTimeAsync(FETCH_ALL_TIME_LIMIT_MS + 10_000 - DEFAULT_RUN_TIMEOUT_MS);
      expect(everySettled).toBe(false);
      await vi.advanceTimersByTimeAsync(FETCH_ALL_RUN_TIMEOUT_MS);
      expect(await every).toEqual({ success: false, error: 'The Intercom block got no answer within 150 s; try again.' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a cancellation during the run as cancelled', async () => {
    const controller = new AbortController();
    const transport: BlockTransport = {
      ...recordingTransport().transport,
      execute: (_config, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(new DOMException('This operation was aborted', 'AbortError')));
        }),
    };
    const pending = runBlock({ resource: 'admin', operation: 'list' }, { stepOutputs, transport, signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ success: false, error: 'The run was cancelled.' });
  });

  it("sends the host's idempotency key with the run, and a new key for each call without one", async () => {
    const keys: (string | undefined)[] = [];
    const transport: BlockTransport = {
      ...recordingTransport().transport,
      execute: (_config, _signal, options) => (keys.push(options?.idempotencyKey), Promise.resolve({ success: true, admins: [] })),
    };
    const config = { resource: 'admin', operation: 'list' };
    await runBlock(config, { stepOutputs, transport, idempotencyKey: 'run-42:step-3' });
    await runBlock(config, { stepOutputs, transport, idempotencyKey: 'run-42:step-3' });
    await runBlock(config, { stepOutputs, transport });
    await runBlock(config, { stepOutputs, transport });
    expect(keys.slice(0, 2)).toEqual(['run-42:step-3', 'run-42:step-3']);
    expect(keys[2]).toMatch(/^run-[0-9a-f]{32}$/);
    expect(keys[3]).toMatch(/^run-[0-9a-f]{32}$/);
    expect(keys[3]).not.toBe(keys[2]);
  });
});

import type { AdminSummary, BlockOutputs, BlockTransport, ConnectionState, IntercomConfig, TicketTypeInfo } from '@workflow-blocks/block-core';
import { sampleAdmins, sampleTicketTypes, sandboxConnection } from './sample-data.js';
import { sampleOutputs } from './sample-outputs.js';

export interface FakeTransportOptions {
  connection?: ConnectionState;
  admins?: AdminSummary[];
  ticketTypes?: TicketTypeInfo[];
  /** Answers a run; by default a success with every output of the operation, from its output shapes. */
  execute?: (config: IntercomConfig) => BlockOutputs | Promise<BlockOutputs>;
  /** Milliseconds every call waits, to show loading and progress states. */
  delayMs?: number;
}

/** A BlockTransport held in memory that records what it was asked: a preview and test aid, not the product. */
export interface FakeTransport extends BlockTransport {
  executed: IntercomConfig[];
  /** Changes what `connection()` answers next (e.g. after a reconnect). */
  setConnection: (state: ConnectionState) => void;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('aborted'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    });
  });
}

/**
 * An in-memory BlockTransport for stories and tests.
 * @example createFakeTransport({ connection: disconnectedConnection })
 */
export function createFakeTransport(options: FakeTransportOptions = {}): FakeTransport {
  let connection = options.connection ?? sandboxConnection;
  const delay = options.delayMs ?? 0;
  const executed: IntercomConfig[] = [];
  return {
    executed,
    setConnection(state) {
      connection = state;
    },
    async connection(signal) {
      await wait(delay, signal);
      return connection;
    },
    async admins(signal) {
      await wait(delay, signal);
      return options.admins ?? sampleAdmins;
    },
    async ticketTypes(signal) {
      await wait(delay, signal);
      return options.ticketTypes ?? sampleTicketTypes;
    },
    async execute(config, signal) {
      executed.push(config);
      await wait(delay, signal);
      return (options.execute ?? sampleOutputs)(config);
    },
  };
}
